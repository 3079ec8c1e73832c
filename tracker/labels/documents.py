"""Words of the exported documents' page furniture (Word and PDF): headers, footers."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    "documents.page_of": ("Page {page} of {pages}", "Pagina {page} van {pages}"),
    "documents.concept": ("Draft", "Concept"),
    "documents.no_pango": (
        "PDF needs the Pango library 1.44 or later: install it "
        "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0) and try again",
        "PDF heeft de Pango-bibliotheek 1.44 of nieuwer nodig: installeer die "
        "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0) en probeer opnieuw",
    ),
}
