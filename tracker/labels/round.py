"""The progress round (round, its terminal UI view) and merging under git (merge-driver,
git-setup, init)."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # merge driver: why git's own merge was used
    "merge.why.not_text": ("a side is not UTF-8 text", "een kant is geen UTF-8-tekst"),
    "merge.why.not_additions": (
        "a side changed or removed lines, not only added them",
        "een kant heeft regels gewijzigd of verwijderd, niet alleen toegevoegd",
    ),
    "merge.why.unreadable": (
        "a side does not read: {problem}",
        "een kant is onleesbaar: {problem}",
    ),
    "merge.why.result_unreadable": (
        "the merged additions would not read: {problem}",
        "de samengevoegde toevoegingen zouden onleesbaar zijn: {problem}",
    ),
    "merge.why.documents": (
        "the sides differ in their documents (---)",
        "de kanten verschillen in hun documenten (---)",
    ),
    "merge.why.clash": (
        "both sides changed the same field differently",
        "beide kanten hebben hetzelfde veld verschillend gewijzigd",
    ),
    "merge.why.result_differs": (
        "the merged text would not mean both changes (at '{path}')",
        "de samengevoegde tekst zou niet beide wijzigingen bevatten (bij '{path}')",
    ),
    "merge.why.result_invalid": (
        "the merged item would not be valid",
        "het samengevoegde item zou niet geldig zijn",
    ),
    "merge.why.too_large": ("the file is too large", "het bestand is te groot"),
    "merge.why.no_git": ("git could not be run", "git kon niet worden gestart"),
    # merge driver: what it did
    "merge.conflict": (
        "ggp-tracker: {path}: not only additions ({reason}); git's own merge left conflict "
        "markers: resolve them, then run 'ggp-tracker validate'",
        "ggp-tracker: {path}: niet alleen toevoegingen ({reason}); de eigen merge van git "
        "liet conflictmarkeringen achter: los ze op en draai daarna 'ggp-tracker validate'",
    ),
    "merge.git_merged": (
        "ggp-tracker: {path}: merged by git's own merge ({reason})",
        "ggp-tracker: {path}: samengevoegd door de eigen merge van git ({reason})",
    ),
    "merge.git_result_unreadable": (
        "ggp-tracker: {path}: git's own merge gave a file that does not read ({problem}); "
        "marked as a conflict: correct it, then run 'ggp-tracker validate'",
        "ggp-tracker: {path}: de eigen merge van git gaf een onleesbaar bestand ({problem}); "
        "gemarkeerd als conflict: herstel het en draai daarna 'ggp-tracker validate'",
    ),
    # git-setup and init
    "merge.setup.no_git": (
        "git is not installed, so the merge driver cannot be set up",
        "git is niet geïnstalleerd, dus de merge-driver kan niet worden ingesteld",
    ),
    "merge.setup.no_repository": (
        "{dir} is not in a git repository; run 'git init' there first",
        "{dir} staat niet in een git-repository; draai daar eerst 'git init'",
    ),
    "merge.setup.failed": (
        "the merge driver could not be set up: {reason}",
        "de merge-driver kon niet worden ingesteld: {reason}",
    ),
    "merge.setup.attributes_not_file": (
        "{file} is not an ordinary file; nothing was written",
        "{file} is geen gewoon bestand; er is niets geschreven",
    ),
    "merge.setup.attributes_written": (
        "{file}: agenda.yaml and measures/** are merged by the merge driver; commit this file",
        "{file}: agenda.yaml en measures/** worden samengevoegd door de merge-driver; "
        "commit dit bestand",
    ),
    "merge.setup.attributes_present": (
        "{file} already names the merge driver",
        "{file} noemt de merge-driver al",
    ),
    "merge.setup.configured": (
        "merge.ggp.driver set in the git config of {top} (.git/config is not committed: "
        "run 'ggp-tracker git-setup' once in every clone)",
        "merge.ggp.driver ingesteld in de git-config van {top} (.git/config wordt niet "
        "gecommit: draai 'ggp-tracker git-setup' eenmaal in elke kloon)",
    ),
    "merge.setup.created": (
        "{top}: a new git repository, with the merge driver set up",
        "{top}: een nieuwe git-repository, met de merge-driver ingesteld",
    ),
    "merge.setup.skipped": (
        "the merge driver is not set up ({reason}); run 'ggp-tracker git-setup' later",
        "de merge-driver is niet ingesteld ({reason}); draai later 'ggp-tracker git-setup'",
    ),
}
