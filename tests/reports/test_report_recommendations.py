"""The progress table in seed 003's shape, from seed 003's fifteen recommendations."""

from __future__ import annotations

from fieldkit.services.container import Services
from tests.data.seed003_recommendations import RECOMMENDATIONS
from tests.reports.conftest import pdf_text


def test_seed_003_progress_table(store, tmp_path):
    services = Services.over(store)
    insp = services.inspections.create(title="Accountability Review", inspected_body="Cafcass",
                                       framework_id="ofsted-hmica-2007")
    for _number, text, plan, progress, status, reason, note, review in RECOMMENDATIONS:
        row = services.recommendations.add(insp, text=text)
        if plan:
            services.recommendations.add_response(insp, recommendations=[row.uuid], actions=[{"text": plan}])
        services.recommendations.add_progress(row.uuid, progress, at="2009-01")
        services.recommendations.set_status(row.uuid, status, reason=reason, note=note, next_review=review or "")
    report = services.reports.render(insp, "recommendations", profile="factual-accuracy")
    text = pdf_text(report.pdf, tmp_path)
    assert "Recommendation Action plan proposal Progress Status" in text
    assert "15 recommendations: 5 open, 10 proposed for closure." in text
    seven = text[text.index("Recommendation 7:"):text.index("Recommendation 8:")]
    assert "Annual report to be submitted to the Board for review." in seven
    assert "Open – to be reviewed in May 2009 Next review: May 2009" in seven
    one = text[text.index("Recommendation 1:"):text.index("Recommendation 2:")]
    assert "• Adoption by the Board" in one and "Proposed for closure. Actioned" in one
    positions = [text.index(f"Recommendation {n}:") for n in range(1, 16)]
    assert positions == sorted(positions)
