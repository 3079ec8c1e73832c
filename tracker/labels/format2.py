"""Format 2: risks and issues, verdicts, facts health and the reasons they add."""

# key -> (English, Dutch)
LABELS: dict[str, tuple[str, str]] = {
    # attention reasons
    "reason.contradicts": ("health contradicts facts", "strijdig met feiten"),
    "reason.risk": ("high risk", "hoog risico"),
    # what a fact is about (tracker/facts.py)
    "fact.due": ("due {day}, {days} days ago", "einddatum {day}, {days} dagen geleden"),
    "fact.end": ("end {day}, {days} days ago", "einde {day}, {days} dagen geleden"),
    "fact.scale_up": (
        "scale-up due {day}, {days} days ago",
        "opschaling uiterlijk {day}, {days} dagen geleden",
    ),
    "fact.milestone": (
        "milestone '{milestone}' due {day}, {days} days ago",
        "mijlpaal '{milestone}' uiterlijk {day}, {days} dagen geleden",
    ),
    "fact.behind-plan": (
        "{progress}% done, plan {plan}%",
        "{progress}% gereed, volgens planning {plan}%",
    ),
    "fact.stale": ("no update for {days} days", "{days} dagen geen voortgangsbericht"),
    "fact.stale.never": ("never updated", "nog geen voortgangsbericht"),
    "fact.verdict": (
        "verdict green, but {item} has red facts",
        "beoordeling groen, maar {item} staat volgens de feiten op rood",
    ),
    "health.derived": ("derived", "afgeleid"),
    "health.facts": ("Facts health", "Stoplicht volgens feiten"),
    # risks and issues
    "risk": ("Risk", "Risico"),
    "risks": ("Risks and issues", "Risico's en issues"),
    "assessment": ("Assessment", "Beoordeling"),
    "assessments": ("Assessments", "Beoordelingen"),
    "risk_type.risk": ("risk", "risico"),
    "risk_type.issue": ("issue", "issue"),
    "risk_status.open": ("open", "open"),
    "risk_status.mitigating": ("mitigating", "in beheersing"),
    "risk_status.closed": ("closed", "gesloten"),
    "band.high": ("high", "hoog"),
    "band.medium": ("medium", "middel"),
    "band.low": ("low", "laag"),
    # columns of `list risks`
    "likelihood": ("Likelihood", "Kans"),
    "impact": ("Impact", "Impact"),
    "score": ("Score", "Score"),
    "band": ("Band", "Niveau"),
    "review_by": ("Review by", "Herbeoordelen"),
    "risk_status": ("Status", "Status"),
    "review_overdue": ("Review overdue", "Herbeoordeling te laat"),
    "summary": ("Key message", "Kernboodschap"),
    "risk.likelihood": ("Likelihood", "Kans"),
    "risk.impact": ("Impact", "Impact"),
    "risk.score": ("Score", "Score"),
    "risk.band": ("Band", "Niveau"),
    "risk.mitigation": ("Mitigation", "Beheersmaatregel"),
    "risk.review_by": ("Review by", "Herbeoordelen vóór"),
    "risk.review_overdue": ("review overdue", "herbeoordeling te laat"),
    "risk.type": ("Type", "Soort"),
    # verdicts
    "verdict.none": ("no verdict written", "geen beoordeling geschreven"),
    "verdict.for": ("Verdict for {day}", "Beoordeling voor {day}"),
    "verdict.next": ("Next", "Volgende stappen"),
    "verdict.programme": ("Programme as a whole", "Programma als geheel"),
    # decisions
    "decision.question": ("Question", "Vraag"),
    "decision.proposal": ("Proposal", "Voorstel"),
    "decision.advice": ("Advice", "Advies"),
    "decision.meeting": ("LOVP meeting", "LOVP-overleg"),
}
