"""Text laid out in terminal cells: styled lines and word wrap (`lines`), column
widths (`widths`) and tables drawn from them (`table`). Used by `list`, the
summary's terminal text and the terminal UI's tables; Rich only for measuring
characters, no Rich renderables."""
