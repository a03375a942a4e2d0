"""Seed 003 (Cafcass Board paper, 23 January 2009, Accountability Review progress report, L60–218): the
15 recommendations with their action plan proposal, progress and status, as FieldKit records them.

Recommendation texts are shortened to their first clause; action plans and progress are quoted. Status is
the seed's wording mapped to FieldKit's model (domain.md §3.7): "To close" is proposed for closure with the
reason the seed gives; "Open – to be reviewed in May 2009" is open with a next review of 2009-05.
"""

# (number, recommendation, action plan proposal, progress, status, closure reason, status note, next review)
RECOMMENDATIONS = [
    (1, "Cafcass adopts the following statement on accountability",
     "Adoption by the Board; publication on the intranet and via a Channel C article",
     "Completed Summer 2008; the review was also published on the internet, and a press release was produced",
     "proposed_closure", "actioned", "", None),
    (2, "Cafcass takes the opportunity of this review report to discuss issues about accountability and a "
        "common culture within every team",
     "",
     "Information about the Review was included in briefings about Quality for Children when this was introduced",
     "proposed_closure", "handled_another_way",
     "Through the implementation of Quality for Children and target pay, staff are now much clearer about the "
     "expectations placed upon them", None),
    (3, "The Chief Executive of Cafcass, the Chief Executive of the Courts Service and the President of the "
        "Family Division work together to agree a shared framework for accountability",
     "Production of a joint framework",
     "Discussions held with the President and colleagues in the Ministry of Justice at the President's Combined "
     "Development Board",
     "proposed_closure", "handled_another_way", "It is proposed that these cases be dealt with on a case by case "
     "basis", None),
    (4, "In relation to s41 Children Act 1989, Cafcass holds discussion about the viability of changing primary "
        "legislation with the DCSF",
     "Discussions to be held with DCSF",
     "Discussions have been held and this issue has also been raised with the Ministry of Justice",
     "proposed_closure", "kept_open_externally",
     "although DCSF have agreed to keep this issue open and under consideration", None),
    (5, "In order to confirm the role of the Board and of senior management in agreeing strategic and "
        "operational policy, the Chair of the Board or the Chief Executive should insert a simple introduction "
        "to each policy",
     "Policy manager to ensure this was built into the process for adding policies to the Online Policy Centre",
     "This action had not been implemented.",
     "proposed_closure", "superseded",
     "implementation of this recommendation is unlikely to increase compliance and/or knowledge of Cafcass "
     "policies", None),
    (6, "Cafcass establish a standing 'policy group' of staff taken from all levels of the organisation",
     "Policy manager to draft terms of reference and take steps to establish a policy group",
     "'Policy forum' created, to meet once per quarter. The first meeting was held in December 2008.",
     "proposed_closure", "actioned", "", None),
    (7, "The Board should examine the organisation's structure on an annual basis",
     "Annual report to be submitted to the Board for review.",
     "An initial report to be submitted to the Board in May/June 2009.",
     "open", None, "to be reviewed in May 2009", "2009-05"),
    (8, "Cafcass reviews the arrangements for managing the contracts of practitioners who work as self-employed "
        "contractors",
     "Recommendation to be considered upon recruitment and appointment of a Head of Flexible Workforce",
     "A National Flexible Workforce Service (NFWS) has recently been established",
     "open", None, "implementation of a safe contract manager:SEC ratio to be monitored through 2009/10", None),
    (9, "Cafcass reviews its planned provision of training for service managers, and then develops an action plan",
     "Head of KLPD to produce a report on the progress being made against this recommendation",
     "A KLPD programme is in place to support SMs, which needs to be kept under review.",
     "open", None, "implementation of this recommendation needs to be kept under review, particularly relating "
     "to SECs and HOS", None),
    (10, "Cafcass reviews the system for commissioning work from self-employed contractors",
     "Implementation of this recommendation links into the appointment of a Head of Flexible Workforce",
     "The NFWS are reviewing the contract management system to incorporate the key elements of Quality for "
     "Children",
     "open", None, "date to implementation nationally to be agreed", None),
    (11, "The current revision of the supervision policy should ensure that any new policy includes the "
         "parameters for the working relationship with self-employed contractors",
     "The supervision policy is amended in line with this recommendation",
     "Revised supervision policy was issued in September 2008.",
     "proposed_closure", "actioned", "", None),
    (12, "The Chief Executive should meet with the Chief Executive of the Courts Service and the President of the "
         "Family Division",
     "This recommendation be taken forward as part of the discussions with the judiciary to develop a shared "
     "framework for accountability under recommendation 3",
     "These core principles were outlined in a paper submitted to the President's Combined Development Board",
     "proposed_closure", "actioned", "", None),
    (13, "There should be an audit of supervision to identify how the policy position is being implemented in "
         "practice",
     "This should form part of a safeguarding audit in the summer 2008",
     "A standalone safeguarding audit was not completed, as local audits using QA tools were commissioned "
     "following the Ofsted inspections in 2008/09.",
     "proposed_closure", "handled_another_way", "this will be monitored routinely through Quality for Children",
     None),
    (14, "Cafcass should review the system for management information",
     "Review of the performance management framework",
     "Quality for Children, implemented in September 2008, revised the approach to performance management and "
     "quality assurance in Cafcass.",
     "proposed_closure", "actioned", "", None),
    (15, "As part of the wider review relating to self-employed contracts, Cafcass should review the system",
     "To link into the proposals under recommendation 8 above.",
     "See above re creation of NFWS.",
     "open", None, "to link into the work to negotiate a contract with NAGALRO", None),
]
