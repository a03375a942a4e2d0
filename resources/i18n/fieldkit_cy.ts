<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Attach a file</source>
        <translation>Atodi ffeil</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ffeiliau atodedig</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Atodi ffeil…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;gor</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Cadw &amp;copi…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ty&amp;nnu</translation>
    </message>
    <message>
        <source>Attach a file to this evidence item</source>
        <translation>Atodi ffeil i&apos;r eitem dystiolaeth hon</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Agor y ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Cadw copi o&apos;r ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the selected file from this item</source>
        <translation>Tynnu&apos;r ffeil a ddewiswyd o&apos;r eitem hon</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Yn atodi %1…</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Heb ei hatodi: %1</translation>
    </message>
    <message>
        <source>Attached %1; it is kept encrypted with the evidence.</source>
        <translation>Wedi atodi %1; caiff ei chadw wedi&apos;i hamgryptio gyda&apos;r dystiolaeth.</translation>
    </message>
    <message>
        <source>%1 cannot be shown in FieldKit: save a copy to open it with another program.</source>
        <translation>Ni ellir dangos %1 yn FieldKit: cadwch gopi i&apos;w hagor gyda rhaglen arall.</translation>
    </message>
    <message>
        <source>%1 is not an image FieldKit can show.</source>
        <translation>Nid yw %1 yn ddelwedd y gall FieldKit ei dangos.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei chadw: %1</translation>
    </message>
    <message>
        <source>Saved a copy to %1. That copy is not encrypted.</source>
        <translation>Cadwyd copi yn %1. Nid yw&apos;r copi hwnnw wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Heb ei thynnu: %1</translation>
    </message>
    <message>
        <source>Removed %1 from this item (its history keeps it).</source>
        <translation>Tynnwyd %1 o&apos;r eitem hon (mae ei hanes yn ei chadw).</translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry recommendations forward</source>
        <translation>Cario argymhellion ymlaen</translation>
    </message>
    <message>
        <source>&amp;Carry forward</source>
        <translation>&amp;Cario ymlaen</translation>
    </message>
    <message>
        <source>The recommendations ticked are copied into this inspection with their wording and status and a link back to where they came from. Closed ones start here as open. Carrying one twice adds nothing.</source>
        <translation>Caiff yr argymhellion a diciwyd eu copïo i&apos;r arolygiad hwn gyda&apos;u geiriad a&apos;u statws a dolen yn ôl i&apos;r man y daethant ohono. Mae rhai sydd wedi cau yn dechrau yma fel rhai agored. Nid yw cario un ddwywaith yn ychwanegu dim.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(wedi&apos;i archifo)</translation>
    </message>
    <message>
        <source>&amp;From inspection</source>
        <translation>O&apos;r &amp;arolygiad</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>A&amp;rgymhellion</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Yn darllen…</translation>
    </message>
    <message>
        <source>Could not read its recommendations: %1</source>
        <translation>Nid oedd modd darllen ei argymhellion: %1</translation>
    </message>
    <message>
        <source>That inspection has no recommendations.</source>
        <translation>Nid oes gan yr arolygiad hwnnw argymhellion.</translation>
    </message>
    <message>
        <source>%1 of %2 ticked.</source>
        <translation>%1 o %2 wedi&apos;u ticio.</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>Checklist item</source>
        <translation>Eitem ar y rhestr wirio</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
</context>
<context>
    <name>ChildCombo</name>
    <message>
        <source>New pseudonym…</source>
        <translation>Ffugenw newydd…</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Add child to the pseudonym register</source>
        <translation>Ychwanegu plentyn at y gofrestr ffugenwau</translation>
    </message>
    <message>
        <source>Children appear only as a pseudonym with an age. The register stays on this laptop.</source>
        <translation>Dim ond fel ffugenw gydag oed y mae plant yn ymddangos. Mae&apos;r gofrestr yn aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Ffugenw</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>&amp;Oed (blynyddoedd)</translation>
    </message>
</context>
<context>
    <name>ChildDirectory</name>
    <message>
        <source>(not in the register)</source>
        <translation>(nid yw yn y gofrestr)</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Combine versions</source>
        <translation>Cyfuno fersiynau</translation>
    </message>
    <message>
        <source>Fields of the combined version</source>
        <translation>Meysydd y fersiwn gyfun</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Save combined version</source>
        <translation>Cadw&apos;r fersiwn gyfun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Double-click a value to take it into the result, or type the result.</source>
        <translation>Cliciwch ddwywaith ar werth i&apos;w roi yn y canlyniad, neu teipiwch y canlyniad.</translation>
    </message>
    <message>
        <source>%1: not a valid value (%2)</source>
        <translation>%1: nid yw&apos;n werth dilys (%2)</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>Raise a safeguarding concern</source>
        <translation>Codi pryder diogelu</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>What was seen or read, and why a child may be at risk. Pseudonyms only; staff by role.</source>
        <translation>Beth a welwyd neu a ddarllenwyd, a pham y gallai plentyn fod mewn perygl. Ffugenwau yn unig; staff yn ôl eu rôl.</translation>
    </message>
    <message>
        <source>%1, aged %2</source>
        <translation>%1, %2 oed</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— dim —</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Codwyd am</translation>
    </message>
    <message>
        <source>&amp;Referred on</source>
        <translation>&amp;Atgyfeiriwyd ymlaen</translation>
    </message>
    <message>
        <source>A role, never a name: e.g. regional director</source>
        <translation>Rôl, byth enw: e.e. cyfarwyddwr rhanbarthol</translation>
    </message>
    <message>
        <source>Referred to (role)</source>
        <translation>Atgyfeiriwyd at (rôl)</translation>
    </message>
    <message>
        <source>How referred</source>
        <translation>Sut yr atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Referred at</source>
        <translation>Atgyfeiriwyd am</translation>
    </message>
    <message>
        <source>Res&amp;ponse received</source>
        <translation>Daeth &amp;ymateb</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Response received at</source>
        <translation>Daeth yr ymateb am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Rheswm dros gau</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Pryder</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Difrifoldeb</translation>
    </message>
    <message>
        <source>C&amp;hildren</source>
        <translation>P&amp;lant</translation>
    </message>
    <message>
        <source>&amp;Evidence item</source>
        <translation>&amp;Eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>Framework &amp;node</source>
        <translation>&amp;Nod yn y fframwaith</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Safle</translation>
    </message>
    <message>
        <source>&amp;Raised at</source>
        <translation>&amp;Codwyd am</translation>
    </message>
    <message>
        <source>Referred &amp;to</source>
        <translation>Atgyfeiriwyd a&amp;t</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>S&amp;ut</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>P&amp;ryd</translation>
    </message>
    <message>
        <source>Wh&amp;at came back</source>
        <translation>&amp;Beth ddaeth yn ôl</translation>
    </message>
    <message>
        <source>When it c&amp;ame</source>
        <translation>Pryd y daet&amp;h</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ws</translation>
    </message>
    <message>
        <source>Reason for c&amp;losing</source>
        <translation>Rheswm dros &amp;gau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Raise concern</source>
        <translation>Codi pryder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Concerns about a child&apos;s safety raised during fieldwork. They travel in every bundle, cannot be deleted and stay here until closed with a reason.</source>
        <translation>Pryderon am ddiogelwch plentyn a godwyd yn ystod y gwaith maes. Maen nhw&apos;n teithio ym mhob bwndel, ni ellir eu dileu ac maen nhw&apos;n aros yma nes eu cau gyda rheswm.</translation>
    </message>
    <message>
        <source>&amp;Raise concern…</source>
        <translation>&amp;Codi pryder…</translation>
    </message>
    <message>
        <source>Raise a safeguarding concern</source>
        <translation>Codi pryder diogelu</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>&amp;Diweddaru…</translation>
    </message>
    <message>
        <source>Update the selected concern: referral, response, status</source>
        <translation>Diweddaru&apos;r pryder a ddewiswyd: atgyfeirio, ymateb, statws</translation>
    </message>
    <message>
        <source>Add oversight &amp;note…</source>
        <translation>Ychwanegu &amp;nodyn goruchwylio…</translation>
    </message>
    <message>
        <source>Add a note to the selected concern&apos;s oversight log</source>
        <translation>Ychwanegu nodyn at log goruchwylio&apos;r pryder a ddewiswyd</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>Dangos rhai &amp;wedi cau</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Safeguarding concerns</source>
        <translation>Pryderon diogelu</translation>
    </message>
    <message>
        <source>Selected concern</source>
        <translation>Y pryder a ddewiswyd</translation>
    </message>
    <message>
        <source>a child in a teammate&apos;s register</source>
        <translation>plentyn yng nghofrestr cyd-aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>Raised by %1 at %2</source>
        <translation>Codwyd gan %1 am %2</translation>
    </message>
    <message>
        <source>Children: %1</source>
        <translation>Plant: %1</translation>
    </message>
    <message>
        <source>Referred to %1 (%2) at %3 by %4</source>
        <translation>Atgyfeiriwyd at %1 (%2) am %3 gan %4</translation>
    </message>
    <message>
        <source>Not yet referred to anyone.</source>
        <translation>Heb ei atgyfeirio at neb eto.</translation>
    </message>
    <message>
        <source>Response received %1: %2</source>
        <translation>Daeth ymateb %1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Oversight note</source>
        <translation>Nodyn goruchwylio</translation>
    </message>
    <message>
        <source>What was checked or heard, and when:</source>
        <translation>Beth a wiriwyd neu a glywyd, a phryd:</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
</context>
<context>
    <name>ConclusionTabs</name>
    <message>
        <source>Safe&amp;guarding</source>
        <translation>&amp;Diogelu</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Canfyddiadau</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>Ar&amp;gymhellion</translation>
    </message>
    <message>
        <source>&amp;Moderation</source>
        <translation>Cymed&amp;roli</translation>
    </message>
    <message>
        <source>Open safeguarding concerns: show them</source>
        <translation>Pryderon diogelu agored: eu dangos</translation>
    </message>
    <message>
        <source>⚠ Open safeguarding concerns: %1</source>
        <translation>⚠ Pryderon diogelu agored: %1</translation>
    </message>
    <message>
        <source>No open safeguarding concerns</source>
        <translation>Dim pryderon diogelu agored</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdrawiadau</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Gwrthdrawiadau agored</translation>
    </message>
    <message>
        <source>&amp;Combine (edit)…</source>
        <translation>&amp;Cyfuno (golygu)…</translation>
    </message>
    <message>
        <source>Combine the versions field by field</source>
        <translation>Cyfuno&apos;r fersiynau fesul maes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Nid oedd modd darllen y gwrthdrawiadau: %1</translation>
    </message>
    <message>
        <source>edited on both sides</source>
        <translation>wedi&apos;i olygu gan y ddwy ochr</translation>
    </message>
    <message>
        <source>edited and deleted</source>
        <translation>wedi&apos;i olygu a&apos;i ddileu</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>person sy&apos;n penderfynu</translation>
    </message>
    <message>
        <source>Records changed differently by members of the team: %1. Compare the versions, then keep one or combine them.</source>
        <translation>Cofnodion a newidiwyd yn wahanol gan aelodau&apos;r tîm: %1. Cymharwch y fersiynau, yna cadwch un neu cyfunwch nhw.</translation>
    </message>
    <message>
        <source>No conflicts: every record has one current version.</source>
        <translation>Dim gwrthdrawiadau: mae gan bob cofnod un fersiwn gyfredol.</translation>
    </message>
    <message>
        <source>Record %1 (%2).</source>
        <translation>Cofnod %1 (%2).</translation>
    </message>
    <message>
        <source>Judgements and safeguarding records never get an automatic winner: nothing changes until you decide.</source>
        <translation>Nid yw barnau a chofnodion diogelu byth yn cael enillydd awtomatig: ni fydd dim yn newid nes i chi benderfynu.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Fy un i</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Eu hun nhw</translation>
    </message>
    <message>
        <source>shown now</source>
        <translation>yn cael ei ddangos nawr</translation>
    </message>
    <message>
        <source>Version by %1</source>
        <translation>Fersiwn gan %1</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Cadw fy &amp;un i</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Cadw eu hun &amp;nhw</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Cadw&apos;r fersiwn hon</translation>
    </message>
    <message>
        <source>Keep the version by %1</source>
        <translation>Cadw&apos;r fersiwn gan %1</translation>
    </message>
    <message>
        <source>Deleted in this version.</source>
        <translation>Wedi&apos;i ddileu yn y fersiwn hon.</translation>
    </message>
    <message>
        <source>Saving the resolution…</source>
        <translation>Yn cadw&apos;r datrysiad…</translation>
    </message>
    <message>
        <source>Not resolved: %1</source>
        <translation>Heb ei ddatrys: %1</translation>
    </message>
    <message>
        <source>Resolved. The resolution goes to the central record with your next export.</source>
        <translation>Wedi&apos;i ddatrys. Bydd y datrysiad yn mynd i&apos;r cofnod canolog gyda&apos;ch allforio nesaf.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
</context>
<context>
    <name>DayOrMonthEdit</name>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>BBBB-MM neu BBBB-MM-DD</translation>
    </message>
</context>
<context>
    <name>DecisionSupportView</name>
    <message>
        <source>What the evidence shows</source>
        <translation>Beth mae&apos;r dystiolaeth yn ei ddangos</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Eitem ar y rhestr wirio</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Graddau</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Wedi&apos;u graddio</translation>
    </message>
    <message>
        <source>Grade distribution of every checklist item</source>
        <translation>Dosbarthiad graddau pob eitem ar y rhestr wirio</translation>
    </message>
    <message>
        <source>Proportion word</source>
        <translation>Gair cyfrannol</translation>
    </message>
    <message>
        <source>Evidence sufficiency</source>
        <translation>Digonolrwydd y dystiolaeth</translation>
    </message>
    <message>
        <source>Counting the evidence…</source>
        <translation>Yn cyfrif y dystiolaeth…</translation>
    </message>
    <message>
        <source>No checklist grades for this node yet.</source>
        <translation>Dim graddau rhestr wirio ar gyfer y nod hwn eto.</translation>
    </message>
    <message>
        <source>The counts support “%1”: %2 of %3 (%4%) are %5, under the framework&apos;s definitions.</source>
        <translation>Mae&apos;r cyfrifon yn cefnogi “%1”: mae %2 o %3 (%4%) yn %5, yn ôl diffiniadau&apos;r fframwaith.</translation>
    </message>
    <message>
        <source>No proportion word fits %1 of %2 (%3%) %4.</source>
        <translation>Nid oes gair cyfrannol yn gweddu i %1 o %2 (%3%) %4.</translation>
    </message>
    <message>
        <source>Median grade of the evidence: %1. A judgement that departs from it needs a reason.</source>
        <translation>Gradd ganolrifol y dystiolaeth: %1. Mae angen rheswm dros farn sy&apos;n gwyro oddi wrthi.</translation>
    </message>
    <message>
        <source>No evidence yet for this node.</source>
        <translation>Dim tystiolaeth ar gyfer y nod hwn eto.</translation>
    </message>
    <message>
        <source>Only items nominated by the inspected body: they are left out unless you include them.</source>
        <translation>Dim ond eitemau a enwebwyd gan y corff a arolygir: cânt eu gadael allan oni bai eich bod yn eu cynnwys.</translation>
    </message>
    <message>
        <source>%1 items, all from one method (%2): look for corroboration from another method.</source>
        <translation>%1 eitem, i gyd o un dull (%2): chwiliwch am gadarnhad o ddull arall.</translation>
    </message>
    <message>
        <source>%1 items from %2 methods: %3.</source>
        <translation>%1 eitem o %2 dull: %3.</translation>
    </message>
    <message>
        <source>%1 nominated items left out.</source>
        <translation>%1 eitem a enwebwyd wedi&apos;u gadael allan.</translation>
    </message>
    <message>
        <source>• and %1 closed</source>
        <translation>• a %1 wedi cau</translation>
    </message>
    <message>
        <source>Safeguarding concerns linked to this node:</source>
        <translation>Pryderon diogelu sy&apos;n gysylltiedig â&apos;r nod hwn:</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Grade distribution chart</source>
        <translation>Siart dosbarthiad graddau</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Missing or invalid fields</source>
        <translation>Meysydd coll neu annilys</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Raise safeguarding &amp;concern…</source>
        <translation>Codi &amp;pryder diogelu…</translation>
    </message>
    <message>
        <source>Raise a safeguarding concern about this item</source>
        <translation>Codi pryder diogelu am yr eitem hon</translation>
    </message>
    <message>
        <source>Use a question set</source>
        <translation>Defnyddio set o gwestiynau</translation>
    </message>
    <message>
        <source>none on record</source>
        <translation>dim un ar gofnod</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Cyfradd ymateb</translation>
    </message>
    <message>
        <source>About this evidence</source>
        <translation>Ynghylch y dystiolaeth hon</translation>
    </message>
    <message>
        <source>Not saved: %1. What you typed stays here and is saved as soon as this is fixed.</source>
        <translation>Heb ei gadw: %1. Mae&apos;r hyn a deipiwyd gennych yn aros yma ac fe&apos;i cedwir cyn gynted ag y caiff hyn ei gywiro.</translation>
    </message>
    <message>
        <source>Still to complete: %1</source>
        <translation>I&apos;w cwblhau o hyd: %1</translation>
    </message>
    <message>
        <source>not known: needs the number distributed and the responses</source>
        <translation>anhysbys: mae angen y nifer a ddosbarthwyd a&apos;r ymatebion</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 o %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>EvidenceLinks</name>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Cite an evidence item in %1</source>
        <translation>Dyfynnu eitem o dystiolaeth yn %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the cited item from %1</source>
        <translation>Tynnu&apos;r eitem a ddyfynnwyd o %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Open the cited item</source>
        <translation>Agor yr eitem a ddyfynnwyd</translation>
    </message>
    <message>
        <source>(item not on this laptop: %1)</source>
        <translation>(nid yw&apos;r eitem ar y gliniadur hwn: %1)</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Cite evidence</source>
        <translation>Dyfynnu tystiolaeth</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Chwilio&apos;r gofrestr</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Eitemau o dystiolaeth</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>Darn a ddyfynnwyd</translation>
    </message>
    <message>
        <source>Optional: the passage of the item this rests on</source>
        <translation>Dewisol: y darn o&apos;r eitem y mae hyn yn dibynnu arno</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Dyfynnu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>&amp;Passage</source>
        <translation>&amp;Darn</translation>
    </message>
</context>
<context>
    <name>EvidenceProblems</name>
    <message>
        <source>required</source>
        <translation>gofynnol</translation>
    </message>
    <message>
        <source>one line only</source>
        <translation>un llinell yn unig</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>rhaid iddo fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>required when good practice is flagged</source>
        <translation>gofynnol pan nodir arfer da</translation>
    </message>
    <message>
        <source>more than were distributed</source>
        <translation>mwy nag a ddosbarthwyd</translation>
    </message>
    <message>
        <source>question codes must be unique</source>
        <translation>rhaid i godau&apos;r cwestiynau fod yn unigryw</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>maes anhysbys</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>o leiaf %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>dim mwy na %1</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>nid yw&apos;n ddyddiad (BBBB-MM-DD): %1</translation>
    </message>
    <message>
        <source>not a real date: %1</source>
        <translation>nid yw&apos;n ddyddiad go iawn: %1</translation>
    </message>
    <message>
        <source>listed twice: %1</source>
        <translation>wedi&apos;i restru ddwywaith: %1</translation>
    </message>
    <message>
        <source>no question %1</source>
        <translation>dim cwestiwn %1</translation>
    </message>
</context>
<context>
    <name>EvidenceRegisterModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>Cadarnhad</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Golygwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Arfer da</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Wedi&apos;i enwebu</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Yn groes i dystiolaeth</translation>
    </message>
    <message>
        <source>Uncorroborated</source>
        <translation>Heb ei gadarnhau</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
</context>
<context>
    <name>EvidenceRegisterPage</name>
    <message>
        <source>Search notes, answers and quotes (Ctrl+F)</source>
        <translation>Chwilio nodiadau, atebion a dyfyniadau (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Chwilio&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Dull</translation>
    </message>
    <message>
        <source>A&amp;uthor</source>
        <translation>&amp;Awdur</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Safle</translation>
    </message>
    <message>
        <source>C&amp;riterion</source>
        <translation>&amp;Maen prawf</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation>&amp;Baner</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>any</source>
        <translation>unrhyw un</translation>
    </message>
    <message>
        <source>Show &amp;deleted items</source>
        <translation>Dangos eitemau wedi&apos;u d&amp;ileu</translation>
    </message>
    <message>
        <source>&amp;New evidence</source>
        <translation>Tystiolaeth &amp;newydd</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Tystiolaeth newydd</translation>
    </message>
    <message>
        <source>Never-to-&amp;write names…</source>
        <translation>Enwau na ddylid b&amp;yth eu hysgrifennu…</translation>
    </message>
    <message>
        <source>Never-to-write names</source>
        <translation>Enwau na ddylid byth eu hysgrifennu</translation>
    </message>
    <message>
        <source>Names the privacy checker must flag in this inspection; kept on this laptop</source>
        <translation>Enwau y mae&apos;n rhaid i&apos;r gwiriwr preifatrwydd eu nodi yn yr arolygiad hwn; fe&apos;u cedwir ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete evidence item</source>
        <translation>Dileu&apos;r eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Restore deleted item</source>
        <translation>Adfer yr eitem a ddilëwyd</translation>
    </message>
    <message>
        <source>Evidence register</source>
        <translation>Cofrestr tystiolaeth</translation>
    </message>
    <message>
        <source>Select an item to read or edit it, or create new evidence.</source>
        <translation>Dewiswch eitem i&apos;w darllen neu ei golygu, neu crëwch dystiolaeth newydd.</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Arfer da</translation>
    </message>
    <message>
        <source>Nominated sample</source>
        <translation>Sampl a enwebwyd</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <source>Items shown: %1</source>
        <translation>Eitemau a ddangosir: %1</translation>
    </message>
    <message>
        <source>“%1” is safeguarding evidence: it cannot be deleted. Clear its safeguarding flag first if it was set by mistake.</source>
        <translation>Mae “%1” yn dystiolaeth ddiogelu: ni ellir ei dileu. Cliriwch ei baner ddiogelu yn gyntaf os cafodd ei gosod trwy gamgymeriad.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import &amp;team bundle…</source>
        <translation>Mewnforio bwndel y &amp;tîm…</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>Gwrth&amp;drawiadau…</translation>
    </message>
    <message>
        <source>Team &amp;keys…</source>
        <translation>All&amp;weddi&apos;r tîm…</translation>
    </message>
    <message>
        <source>Imp&amp;ort receipt…</source>
        <translation>Mewnforio derb&amp;ynneb…</translation>
    </message>
    <message>
        <source>P&amp;urge acknowledged versions…</source>
        <translation>Cael gwared ar fersiynau a gydnab&amp;uwyd…</translation>
    </message>
    <message>
        <source>Import team bundle</source>
        <translation>Mewnforio bwndel y tîm</translation>
    </message>
    <message>
        <source>FieldKit bundles (*.fkb);;All files (*)</source>
        <translation>Bwndeli FieldKit (*.fkb);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>Mewnforio derbynneb</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Derbynebau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Purge acknowledged versions</source>
        <translation>Cael gwared ar fersiynau a gydnabuwyd</translation>
    </message>
    <message>
        <source>Open the inspection whose acknowledged versions you want to remove.</source>
        <translation>Agorwch yr arolygiad y mae arnoch eisiau tynnu ei fersiynau a gydnabuwyd.</translation>
    </message>
    <message>
        <source>The receipt was not applied: %1</source>
        <translation>Ni chymhwyswyd y dderbynneb: %1</translation>
    </message>
    <message>
        <source>Central holds %1 more of your record versions (%2 were already marked). They will not be sent again, and may now be purged from this laptop.</source>
        <translation>Mae&apos;r cofnod canolog yn dal %1 yn rhagor o fersiynau eich cofnodion (roedd %2 wedi&apos;u marcio eisoes). Ni chânt eu hanfon eto, a gellir eu clirio o&apos;r gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>%1 versions in the receipt differ from this laptop&apos;s and were NOT marked: tell the central record administrator.</source>
        <translation>Mae %1 fersiwn yn y dderbynneb yn wahanol i rai&apos;r gliniadur hwn ac NI chawsant eu marcio: rhowch wybod i weinyddwr y cofnod canolog.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Allforio &amp;bwndel…</translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation>&amp;Allwedd lofnodi…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Allforio bwndel</translation>
    </message>
    <message>
        <source>Open an inspection first, then export it.</source>
        <translation>Agorwch arolygiad yn gyntaf, yna ei allforio.</translation>
    </message>
    <message>
        <source>Your signing key (give this fingerprint to the central record administrator):
%1

Key id %2, signed as %3.</source>
        <translation>Eich allwedd lofnodi (rhowch yr olion bysedd hyn i weinyddwr y cofnod canolog):
%1

ID yr allwedd %2, wedi&apos;i llofnodi fel %3.</translation>
    </message>
    <message>
        <source>No central key is configured: bundles will not be encrypted.</source>
        <translation>Nid oes allwedd ganolog wedi&apos;i gosod: ni chaiff bwndeli eu hamgryptio.</translation>
    </message>
    <message>
        <source>Bundles are encrypted to the central key %1.</source>
        <translation>Caiff bwndeli eu hamgryptio i&apos;r allwedd ganolog %1.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allwedd lofnodi</translation>
    </message>
    <message>
        <source>Checking what will be sent…</source>
        <translation>Yn gwirio beth fydd yn cael ei anfon…</translation>
    </message>
    <message>
        <source>Send every version, including those central has acknowledged</source>
        <translation>Anfon pob fersiwn, gan gynnwys y rhai y mae&apos;r cofnod canolog wedi&apos;u cydnabod</translation>
    </message>
    <message>
        <source>I have read the preview and everything shown may leave this laptop</source>
        <translation>Rwyf wedi darllen y rhagolwg a chaiff popeth a ddangosir adael y gliniadur hwn</translation>
    </message>
    <message>
        <source>Encrypt for the central record (untick for a bundle your team lead imports)</source>
        <translation>Amgryptio ar gyfer y cofnod canolog (dad-diciwch ar gyfer bwndel y bydd arweinydd eich tîm yn ei fewnforio)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Ysgrifennu i:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cannot prepare the export: %1</source>
        <translation>Methu paratoi&apos;r allforio: %1</translation>
    </message>
    <message>
        <source>It will be encrypted to the central key.</source>
        <translation>Caiff ei amgryptio i&apos;r allwedd ganolog.</translation>
    </message>
    <message>
        <source>No central key is configured: the bundle will NOT be encrypted.</source>
        <translation>Nid oes allwedd ganolog wedi&apos;i gosod: NI chaiff y bwndel ei amgryptio.</translation>
    </message>
    <message>
        <source>%1 record versions and %2 audit events will be signed and sent. %3</source>
        <translation>Caiff %1 fersiwn cofnod a %2 digwyddiad archwilio eu llofnodi a&apos;u hanfon. %3</translation>
    </message>
    <message>
        <source>No privacy checker is installed: read the records before you confirm.</source>
        <translation>Nid oes gwiriwr preifatrwydd wedi&apos;i osod: darllenwch y cofnodion cyn cadarnhau.</translation>
    </message>
    <message>
        <source>Redaction preview: the privacy check found %1 possible identifying details. Each is shown in [brackets]; correct the record before exporting, or confirm that it may be sent.</source>
        <translation>Rhagolwg golygu: daeth y gwiriad preifatrwydd o hyd i %1 manylyn a allai adnabod rhywun. Dangosir pob un mewn [cromfachau]; cywirwch y cofnod cyn allforio, neu cadarnhewch y caiff ei anfon.</translation>
    </message>
    <message>
        <source>The privacy check found nothing to redact in %1 text fields.</source>
        <translation>Ni chanfu&apos;r gwiriad preifatrwydd ddim i&apos;w olygu mewn %1 maes testun.</translation>
    </message>
    <message>
        <source>Nothing to send: central has acknowledged every version.</source>
        <translation>Dim i&apos;w anfon: mae&apos;r cofnod canolog wedi cydnabod pob fersiwn.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Yn ysgrifennu&apos;r bwndel…</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>Ni ysgrifennwyd y bwndel: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 record versions, %3).</source>
        <translation>Ysgrifennwyd %1 (%2 fersiwn cofnod, %3).</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>heb ei amgryptio</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Edit finding</source>
        <translation>Golygu canfyddiad</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ychwanegu canfyddiad</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Categ&amp;ori</translation>
    </message>
    <message>
        <source>Finding text</source>
        <translation>Testun y canfyddiad</translation>
    </message>
    <message>
        <source>Proportion word warnings</source>
        <translation>Rhybuddion am eiriau cyfran</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Testun</translation>
    </message>
    <message>
        <source>Linked framework nodes</source>
        <translation>Nodau cysylltiedig yn y fframwaith</translation>
    </message>
    <message>
        <source>Linked &amp;nodes</source>
        <translation>&amp;Nodau cysylltiedig</translation>
    </message>
    <message>
        <source>Cited evidence</source>
        <translation>Tystiolaeth a ddyfynnwyd</translation>
    </message>
    <message>
        <source>Cited e&amp;vidence</source>
        <translation>Tystiolaeth a ddyfynn&amp;wyd</translation>
    </message>
    <message>
        <source>Link a framework node to have proportion words (“most”, “almost all”…) checked against its evidence.</source>
        <translation>Cysylltwch nod yn y fframwaith i wirio geiriau cyfran (“y rhan fwyaf”, “bron y cyfan”…) yn erbyn ei dystiolaeth.</translation>
    </message>
    <message>
        <source>Could not count the evidence: %1</source>
        <translation>Nid oedd modd cyfrif y dystiolaeth: %1</translation>
    </message>
    <message>
        <source>Proportion words are checked against the evidence of %1.</source>
        <translation>Caiff geiriau cyfran eu gwirio yn erbyn tystiolaeth %1.</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Wedi&apos;u cyfrif: %1.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>Add a finding</source>
        <translation>Ychwanegu canfyddiad</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Go&amp;lygu…</translation>
    </message>
    <message>
        <source>Edit the selected finding</source>
        <translation>Golygu&apos;r canfyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected finding</source>
        <translation>Tynnu&apos;r canfyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the selected finding (Delete)</source>
        <translation>Tynnu&apos;r canfyddiad a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Promo&amp;te good practice…</source>
        <translation>Dyrc&amp;hafu arfer da…</translation>
    </message>
    <message>
        <source>Promote an evidence item flagged as good practice</source>
        <translation>Dyrchafu eitem o dystiolaeth a nodwyd yn arfer da</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>Linked nodes</source>
        <translation>Nodau cysylltiedig</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Y canfyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Finding text</source>
        <translation>Testun y canfyddiad</translation>
    </message>
    <message>
        <source>Linked framework nodes</source>
        <translation>Nodau cysylltiedig yn y fframwaith</translation>
    </message>
    <message>
        <source>Cited evidence</source>
        <translation>Tystiolaeth a ddyfynnwyd</translation>
    </message>
    <message>
        <source>The findings could not be read: %1</source>
        <translation>Nid oedd modd darllen y canfyddiadau: %1</translation>
    </message>
    <message>
        <source>%1 evidence items flagged as good practice are not yet findings.</source>
        <translation>Mae %1 eitem o dystiolaeth a nodwyd yn arfer da heb ddod yn ganfyddiadau eto.</translation>
    </message>
    <message>
        <source>1 evidence item flagged as good practice is not yet a finding.</source>
        <translation>Mae 1 eitem o dystiolaeth a nodwyd yn arfer da heb ddod yn ganfyddiad eto.</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Wedi&apos;i gysylltu â: %1</translation>
    </message>
    <message>
        <source>Not linked to a framework node.</source>
        <translation>Heb ei gysylltu â nod yn y fframwaith.</translation>
    </message>
    <message>
        <source>Promoted from the good practice item “%1”.</source>
        <translation>Wedi&apos;i ddyrchafu o&apos;r eitem arfer da “%1”.</translation>
    </message>
    <message>
        <source>Cited evidence (Open, or Enter, shows the item in the register):</source>
        <translation>Tystiolaeth a ddyfynnwyd (mae Agor, neu Enter, yn dangos yr eitem yn y gofrestr):</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Dim tystiolaeth wedi&apos;i dyfynnu.</translation>
    </message>
    <message>
        <source>Nothing was saved:
%1</source>
        <translation>Ni chadwyd dim:
%1</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ychwanegu canfyddiad</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Golygu canfyddiad</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Tynnu canfyddiad</translation>
    </message>
    <message>
        <source>Remove this finding?

%1

Its earlier versions stay in the record.</source>
        <translation>Tynnu&apos;r canfyddiad hwn?

%1

Mae ei fersiynau cynharach yn aros yn y cofnod.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Promote good practice</source>
        <translation>Dyrchafu arfer da</translation>
    </message>
    <message>
        <source>No evidence item is waiting: flag an item as good practice in the register (with a short summary) to promote it here.</source>
        <translation>Nid oes eitem o dystiolaeth yn aros: nodwch eitem yn arfer da yn y gofrestr (gyda chrynodeb byr) i&apos;w dyrchafu yma.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>InspectionListPage</name>
    <message>
        <source>Inspections on this laptop</source>
        <translation>Arolygiadau ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>Arolygiad &amp;newydd…</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Arolygiad newydd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>Agor arolygiad</translation>
    </message>
    <message>
        <source>Create &amp;demo inspection</source>
        <translation>Creu arolygiad &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Create demo inspection</source>
        <translation>Creu arolygiad enghreifftiol</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Dangos rhai wedi&apos;u ha&amp;rchifo</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Arolygiadau</translation>
    </message>
    <message>
        <source>No inspections yet. Create one from a framework, or create the demo inspection to look around.</source>
        <translation>Dim arolygiadau eto. Crëwch un o fframwaith, neu crëwch yr arolygiad enghreifftiol i gael cipolwg.</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Ad&amp;fer</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hifo</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Inspected body</source>
        <translation>Corff a arolygir</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Gwaith maes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Golygwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
</context>
<context>
    <name>JudgementPanel</name>
    <message>
        <source>Supporting evidence</source>
        <translation>Tystiolaeth ategol</translation>
    </message>
    <message>
        <source>Contrary evidence</source>
        <translation>Tystiolaeth groes</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Cynnig</translation>
    </message>
    <message>
        <source>Put the judgement forward for moderation (needs a rationale)</source>
        <translation>Cyflwyno&apos;r farn i&apos;w chymedroli (mae angen rhesymeg)</translation>
    </message>
    <message>
        <source>Return to &amp;draft</source>
        <translation>Yn ôl i&apos;r d&amp;rafft</translation>
    </message>
    <message>
        <source>&amp;Moderate</source>
        <translation>Cy&amp;medroli</translation>
    </message>
    <message>
        <source>Lead inspector: confirm the judgement has been moderated</source>
        <translation>Arolygydd arweiniol: cadarnhau bod y farn wedi&apos;i chymedroli</translation>
    </message>
    <message>
        <source>A&amp;gree</source>
        <translation>Cytu&amp;no</translation>
    </message>
    <message>
        <source>Lead inspector: the team agrees this judgement</source>
        <translation>Arolygydd arweiniol: mae&apos;r tîm yn cytuno â&apos;r farn hon</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Lead inspector: lock the judgement the report is written from</source>
        <translation>Arolygydd arweiniol: cloi&apos;r farn y caiff yr adroddiad ei ysgrifennu ohoni</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Gradd</translation>
    </message>
    <message>
        <source>&amp;Qualified by</source>
        <translation>&amp;Wedi&apos;i hamodi gan</translation>
    </message>
    <message>
        <source>and,</source>
        <translation>a,</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>Rhe&amp;symeg</translation>
    </message>
    <message>
        <source>Limiting &amp;factors</source>
        <translation>&amp;Ffactorau cyfyngu</translation>
    </message>
    <message>
        <source>Reason for &amp;departing from the evidence</source>
        <translation>Rheswm dros wyro oddi wrth y d&amp;ystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Include items nominated by the inspected body</source>
        <translation>Cynnwys eitemau a &amp;enwebwyd gan y corff a arolygir</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Extent of the qualifying grade</source>
        <translation>Graddau&apos;r radd amodol</translation>
    </message>
    <message>
        <source>Qualifying grade</source>
        <translation>Gradd amodol</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>Limiting factors</source>
        <translation>Ffactorau cyfyngu</translation>
    </message>
    <message>
        <source>Reason for departing from the evidence</source>
        <translation>Rheswm dros wyro oddi wrth y dystiolaeth</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Wedi&apos;i chynnig</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Wedi&apos;i chymedroli</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Y cytunwyd arni</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>— not yet graded —</source>
        <translation>— heb ei graddio eto —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— dim —</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>The narrative judgement for this node</source>
        <translation>Y farn naratif ar gyfer y nod hwn</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(gan %1)</translation>
    </message>
    <message>
        <source>only the lead inspector moderates, agrees and locks</source>
        <translation>dim ond yr arolygydd arweiniol sy&apos;n cymedroli, yn cytuno ac yn cloi</translation>
    </message>
    <message>
        <source>Version %1, last saved by %2</source>
        <translation>Fersiwn %1, cadwyd ddiwethaf gan %2</translation>
    </message>
    <message>
        <source>Not yet started: the first edit saves a draft.</source>
        <translation>Heb ddechrau eto: mae&apos;r golygiad cyntaf yn cadw drafft.</translation>
    </message>
    <message>
        <source>Could not count the evidence: %1</source>
        <translation>Nid oedd modd cyfrif y dystiolaeth: %1</translation>
    </message>
    <message>
        <source>Write the judgement before moving it on.</source>
        <translation>Ysgrifennwch y farn cyn ei symud ymlaen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>Arolygiad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation>&amp;Arolygiadau</translation>
    </message>
    <message>
        <source>Import fra&amp;mework…</source>
        <translation>&amp;Mewnforio fframwaith…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Newid y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>Cloi awt&amp;omatig…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>C&amp;loi nawr</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>Gol&amp;ygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About FieldKit</source>
        <translation>&amp;Ynghylch FieldKit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The Welsh catalogue could not be loaded.</source>
        <translation>Nid oedd modd llwytho&apos;r catalog Cymraeg.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi cloi</translation>
    </message>
    <message>
        <source>Signed in as %1 · device %2</source>
        <translation>Wedi mewngofnodi fel %1 · dyfais %2</translation>
    </message>
    <message>
        <source>READ-ONLY: integrity check failed</source>
        <translation>DARLLEN YN UNIG: methodd y gwiriad cywirdeb</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>The audit log was changed outside FieldKit since it was last open:
%1

This is now recorded in the log itself. Tell your lead inspector.</source>
        <translation>Newidiwyd y log archwilio y tu allan i FieldKit ers iddo fod ar agor ddiwethaf:
%1

Mae hyn bellach wedi&apos;i gofnodi yn y log ei hun. Rhowch wybod i&apos;ch arolygydd arweiniol.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Create a demo inspection to look around? You can archive it later.</source>
        <translation>Creu arolygiad enghreifftiol i gael cipolwg? Gallwch ei archifo yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Create demo</source>
        <translation>Creu un enghreifftiol</translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation>Storfa wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>The store failed its integrity check and no verified backup was found. It is open read-only so nothing more can be damaged; export what you need and contact support.</source>
        <translation>Methodd y storfa ei gwiriad cywirdeb, ac ni chafwyd hyd i gopi wrth gefn wedi&apos;i ddilysu. Mae ar agor i&apos;w darllen yn unig fel na ellir difrodi dim rhagor; allforiwch yr hyn sydd ei angen arnoch a chysylltwch â&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>The store failed its integrity check, so it is open read-only. Restore the newest verified backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation>Methodd y storfa ei gwiriad cywirdeb, felly mae ar agor i&apos;w darllen yn unig. Adfer y copi wrth gefn diweddaraf sydd wedi&apos;i ddilysu (%1)? Caiff y ffeil sydd wedi&apos;i difrodi ei chadw o&apos;r neilltu, nid ei dileu.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>methodd y copi wrth gefn: %1</translation>
    </message>
    <message>
        <source>Demo inspection</source>
        <translation>Arolygiad enghreifftiol</translation>
    </message>
    <message>
        <source>Import framework</source>
        <translation>Mewnforio fframwaith</translation>
    </message>
    <message>
        <source>Framework files (*.toml)</source>
        <translation>Ffeiliau fframwaith (*.toml)</translation>
    </message>
    <message>
        <source>Imported %1 version %2.</source>
        <translation>Wedi mewnforio %1 fersiwn %2.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Cloi awtomatig</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes:</source>
        <translation>Cloi ar ôl hyn o funudau segur:</translation>
    </message>
    <message>
        <source>About FieldKit</source>
        <translation>Ynghylch FieldKit</translation>
    </message>
    <message>
        <source>FieldKit %1: evidence gathering for inspectors of Cafcass and Cafcass Cymru.
Data folder: %2</source>
        <translation>FieldKit %1: casglu tystiolaeth ar gyfer arolygwyr Cafcass a Cafcass Cymru.
Ffolder data: %2</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Recount judgements, agreement and evidence sufficiency</source>
        <translation>Ailgyfrif barnau, cytundeb a digonolrwydd tystiolaeth</translation>
    </message>
    <message>
        <source>Judgements</source>
        <translation>Barnau</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Cynigiwyd gan</translation>
    </message>
    <message>
        <source>Judgements by framework node</source>
        <translation>Barnau fesul nod yn y fframwaith</translation>
    </message>
    <message>
        <source>Grading consistency (double readings)</source>
        <translation>Cysondeb graddio (darlleniadau dwbl)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Double readings</source>
        <translation>Darlleniadau dwbl</translation>
    </message>
    <message>
        <source>Grades compared</source>
        <translation>Graddau a gymharwyd</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa Cohen</translation>
    </message>
    <message>
        <source>Agreement per checklist</source>
        <translation>Cytundeb fesul rhestr wirio</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>First reader</source>
        <translation>Darllenydd cyntaf</translation>
    </message>
    <message>
        <source>Second reader</source>
        <translation>Ail ddarllenydd</translation>
    </message>
    <message>
        <source>Disagreements for the lead inspector</source>
        <translation>Anghytundebau i&apos;r arolygydd arweiniol</translation>
    </message>
    <message>
        <source>Criteria with thin evidence</source>
        <translation>Meini prawf â thystiolaeth denau</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Criteria with no evidence or a single method</source>
        <translation>Meini prawf heb dystiolaeth neu ag un dull yn unig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Wedi&apos;i chynnig</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Wedi&apos;i chymedroli</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Y cytunwyd arni</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Cymedroli</translation>
    </message>
    <message>
        <source>You are the lead inspector: you moderate, agree and lock judgements.</source>
        <translation>Chi yw&apos;r arolygydd arweiniol: chi sy&apos;n cymedroli, yn cytuno ac yn cloi barnau.</translation>
    </message>
    <message>
        <source>Only the lead inspector moderates, agrees and locks judgements.</source>
        <translation>Dim ond yr arolygydd arweiniol sy&apos;n cymedroli, yn cytuno ac yn cloi barnau.</translation>
    </message>
    <message>
        <source>Two judgements exist for %1 (from different laptops): keep one, withdraw the other.</source>
        <translation>Mae dwy farn ar gyfer %1 (o liniaduron gwahanol): cadwch un, tynnwch y llall yn ôl.</translation>
    </message>
    <message>
        <source>(narrative)</source>
        <translation>(naratif)</translation>
    </message>
    <message>
        <source>No double readings yet: two inspectors reading the same file or report (same reference) are compared here.</source>
        <translation>Dim darlleniadau dwbl eto: caiff dau arolygydd sy&apos;n darllen yr un ffeil neu adroddiad (yr un cyfeirnod) eu cymharu yma.</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>dim tystiolaeth</translation>
    </message>
    <message>
        <source>one method only</source>
        <translation>un dull yn unig</translation>
    </message>
    <message>
        <source>only nominated items</source>
        <translation>eitemau a enwebwyd yn unig</translation>
    </message>
</context>
<context>
    <name>MultiChoiceField</name>
    <message>
        <source>%1 (not listed)</source>
        <translation>%1 (heb ei restru)</translation>
    </message>
</context>
<context>
    <name>NestedRecordsDialog</name>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>NeverWriteDialog</name>
    <message>
        <source>Never-to-write names</source>
        <translation>Enwau na ddylid byth eu hysgrifennu</translation>
    </message>
    <message>
        <source>Names that must never appear in this inspection&apos;s evidence (for example the real names behind the pseudonyms). The checker flags them as you type and before an export. This list stays on this laptop.</source>
        <translation>Enwau na ddylai byth ymddangos yn nhystiolaeth yr arolygiad hwn (er enghraifft yr enwau go iawn y tu ôl i&apos;r ffugenwau). Mae&apos;r gwiriwr yn eu nodi wrth i chi deipio a chyn allforio. Mae&apos;r rhestr hon yn aros ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Name to add</source>
        <translation>Enw i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>Full name, e.g. as it appears in the case file</source>
        <translation>Enw llawn, e.e. fel y mae&apos;n ymddangos yn y ffeil achos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Add name</source>
        <translation>Ychwanegu enw</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove selected name</source>
        <translation>Tynnu&apos;r enw a ddewiswyd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>Mae “%1” ar y rhestr yn barod.</translation>
    </message>
</context>
<context>
    <name>NewChildButton</name>
    <message>
        <source>New pseudonym…</source>
        <translation>Ffugenw newydd…</translation>
    </message>
    <message>
        <source>Add a child to the pseudonym register</source>
        <translation>Ychwanegu plentyn at y gofrestr ffugenwau</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>Create</source>
        <translation>Creu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Choose a framework.</source>
        <translation>Dewiswch fframwaith.</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Arolygiad newydd</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Inspected &amp;body</source>
        <translation>&amp;Corff a arolygir</translation>
    </message>
    <message>
        <source>Inspected body</source>
        <translation>Corff a arolygir</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Fframwaith</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>&amp;Notice date</source>
        <translation>Dyddiad yr &amp;hysbysiad</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Dyddiad yr hysbysiad</translation>
    </message>
    <message>
        <source>Fieldwork &amp;starts</source>
        <translation>Gwaith maes yn &amp;dechrau</translation>
    </message>
    <message>
        <source>Fieldwork starts</source>
        <translation>Gwaith maes yn dechrau</translation>
    </message>
    <message>
        <source>Fieldwork &amp;ends</source>
        <translation>Gwaith maes yn &amp;gorffen</translation>
    </message>
    <message>
        <source>Fieldwork ends</source>
        <translation>Gwaith maes yn gorffen</translation>
    </message>
    <message>
        <source>&amp;Parts inspected</source>
        <translation>&amp;Rhannau a arolygir</translation>
    </message>
    <message>
        <source>Parts of the framework inspected</source>
        <translation>Rhannau o&apos;r fframwaith a arolygir</translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation>C&amp;wmpas</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>&amp;Limitations</source>
        <translation>C&amp;yfyngiadau</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Cyfyngiadau</translation>
    </message>
</context>
<context>
    <name>NodeSwitchBox</name>
    <message>
        <source>Parts of the framework inspected</source>
        <translation>Rhannau o&apos;r fframwaith a arolygir</translation>
    </message>
    <message>
        <source>Untick a part that this inspection does not cover. What was already recorded against it is kept and comes back when it is ticked again.</source>
        <translation>Dad-diciwch ran nad yw&apos;r arolygiad hwn yn ei chwmpasu. Cedwir yr hyn a gofnodwyd eisoes yn ei herbyn, a daw&apos;n ôl pan gaiff ei thicio eto.</translation>
    </message>
    <message>
        <source>Optional parts of the framework</source>
        <translation>Rhannau dewisol o&apos;r fframwaith</translation>
    </message>
</context>
<context>
    <name>PassphraseChange</name>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The new passphrase is too weak: use at least %1 characters, with a variety of characters (a short sentence works well). Nothing changed.</source>
        <translation>Mae&apos;r cyfrinymadrodd newydd yn rhy wan: defnyddiwch o leiaf %1 nod, gydag amrywiaeth o nodau (mae brawddeg fer yn gweithio&apos;n dda). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd newydd yn wahanol; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from the next unlock.</source>
        <translation>Mae&apos;r cyfrinymadrodd wedi&apos;i newid. Defnyddiwch yr un newydd o&apos;r datgloi nesaf ymlaen.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; nothing changed.</source>
        <translation>Mae&apos;r cyfrinymadrodd presennol yn anghywir; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>Nid oedd modd newid y cyfrinymadrodd: %1</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress on recommendation %1</source>
        <translation>Cynnydd ar argymhelliad %1</translation>
    </message>
    <message>
        <source>&amp;Add progress</source>
        <translation>&amp;Ychwanegu cynnydd</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>What has been done, in the progress report&apos;s words</source>
        <translation>Beth sydd wedi&apos;i wneud, yng ngeiriau&apos;r adroddiad cynnydd</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Cynnydd</translation>
    </message>
    <message>
        <source>Last update (%1): %2</source>
        <translation>Diweddariad diwethaf (%1): %2</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Promote good practice</source>
        <translation>Dyrchafu arfer da</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Dyrchafu</translation>
    </message>
    <message>
        <source>Evidence items flagged as good practice that are not yet findings. The finding keeps a link back to its item.</source>
        <translation>Eitemau o dystiolaeth a nodwyd yn arfer da nad ydynt yn ganfyddiadau eto. Mae&apos;r canfyddiad yn cadw dolen yn ôl at ei eitem.</translation>
    </message>
    <message>
        <source>(untitled item)</source>
        <translation>(eitem heb deitl)</translation>
    </message>
    <message>
        <source>&amp;Evidence item</source>
        <translation>&amp;Eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>Finding text</source>
        <translation>Testun y canfyddiad</translation>
    </message>
    <message>
        <source>The item&apos;s good practice summary, unless you write another</source>
        <translation>Crynodeb arfer da&apos;r eitem, oni bai eich bod yn ysgrifennu un arall</translation>
    </message>
    <message>
        <source>Finding &amp;text</source>
        <translation>&amp;Testun y canfyddiad</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge acknowledged versions</source>
        <translation>Cael gwared ar fersiynau a gydnabuwyd</translation>
    </message>
    <message>
        <source>Removes from this laptop the versions of this inspection&apos;s records that central has acknowledged in a receipt and that nothing here still needs. What each record shows now, both sides of a conflict and the version Restore would bring back always stay, and so does anything not yet acknowledged.</source>
        <translation>Yn tynnu o&apos;r gliniadur hwn fersiynau cofnodion yr arolygiad hwn y mae&apos;r cofnod canolog wedi&apos;u cydnabod mewn derbynneb ac nad oes dim yma eu hangen mwyach. Mae&apos;r hyn y mae pob cofnod yn ei ddangos nawr, dwy ochr gwrthdaro a&apos;r fersiwn y byddai Adfer yn dod â hi&apos;n ôl bob amser yn aros, a hefyd unrhyw beth nas cydnabuwyd eto.</translation>
    </message>
    <message>
        <source>What a purge would remove</source>
        <translation>Beth fyddai&apos;n cael ei dynnu</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Tynnu&apos;r rhain</translation>
    </message>
    <message>
        <source>Remove the acknowledged versions listed</source>
        <translation>Tynnu&apos;r fersiynau a gydnabuwyd a restrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>eitemau tystiolaeth</translation>
    </message>
    <message>
        <source>judgements</source>
        <translation>barnau</translation>
    </message>
    <message>
        <source>safeguarding concerns</source>
        <translation>pryderon diogelu</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>canfyddiadau</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>argymhellion</translation>
    </message>
    <message>
        <source>the inspection</source>
        <translation>yr arolygiad</translation>
    </message>
    <message>
        <source>question sets</source>
        <translation>setiau o gwestiynau</translation>
    </message>
    <message>
        <source>sample plan targets</source>
        <translation>targedau&apos;r cynllun sampl</translation>
    </message>
    <message>
        <source>children</source>
        <translation>plant</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>safleoedd</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>aelodau&apos;r tîm</translation>
    </message>
    <message>
        <source>attachment links</source>
        <translation>dolenni atodiadau</translation>
    </message>
    <message>
        <source>never-to-write names</source>
        <translation>enwau na ddylid byth eu hysgrifennu</translation>
    </message>
    <message>
        <source>responses to recommendations</source>
        <translation>ymatebion i argymhellion</translation>
    </message>
    <message>
        <source>not yet acknowledged by central</source>
        <translation>heb eu cydnabod gan y cofnod canolog eto</translation>
    </message>
    <message>
        <source>what a record shows now</source>
        <translation>yr hyn y mae cofnod yn ei ddangos nawr</translation>
    </message>
    <message>
        <source>a side of an open conflict</source>
        <translation>ochr gwrthdaro agored</translation>
    </message>
    <message>
        <source>kept so a deleted item can be restored</source>
        <translation>cedwir fel y gellir adfer eitem a ddilëwyd</translation>
    </message>
    <message>
        <source>a later version that stays was built on it</source>
        <translation>adeiladwyd fersiwn ddiweddarach sy&apos;n aros arni</translation>
    </message>
    <message>
        <source>Reading what may be removed…</source>
        <translation>Yn darllen beth y gellir ei dynnu…</translation>
    </message>
    <message>
        <source>Could not read what may be removed: %1</source>
        <translation>Methu darllen beth y gellir ei dynnu: %1</translation>
    </message>
    <message>
        <source>Removed %1 versions and %2 attached files.</source>
        <translation>Tynnwyd %1 fersiwn a %2 ffeil atodedig.</translation>
    </message>
    <message>
        <source>%1 versions and %2 attached files can be removed.</source>
        <translation>Gellir tynnu %1 fersiwn a %2 ffeil atodedig.</translation>
    </message>
    <message>
        <source>Nothing can be removed now.</source>
        <translation>Ni ellir tynnu dim nawr.</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Cedwir:</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Yn tynnu…</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Ni thynnwyd dim: %1</translation>
    </message>
</context>
<context>
    <name>QuestionSetDialog</name>
    <message>
        <source>Add question set</source>
        <translation>Ychwanegu set o gwestiynau</translation>
    </message>
    <message>
        <source>A version on record is never changed: answers are tied to its questions. To change a set, start from it and give the change a new version.</source>
        <translation>Nid yw fersiwn sydd ar gofnod byth yn newid: mae atebion wedi&apos;u clymu wrth ei chwestiynau. I newid set, dechreuwch ohoni a rhowch fersiwn newydd i&apos;r newid.</translation>
    </message>
    <message>
        <source>&amp;Start from</source>
        <translation>&amp;Dechrau o</translation>
    </message>
    <message>
        <source>a blank set</source>
        <translation>set wag</translation>
    </message>
    <message>
        <source>%1 (%2 questions)</source>
        <translation>%1 (%2 cwestiwn)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Fersiwn</translation>
    </message>
    <message>
        <source>&amp;Asked of</source>
        <translation>&amp;Gofynnir i</translation>
    </message>
    <message>
        <source>for example practitioners, service managers</source>
        <translation>er enghraifft ymarferwyr, rheolwyr gwasanaeth</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>Cwestiwn (Saesneg)</translation>
    </message>
    <message>
        <source>Question (Welsh)</source>
        <translation>Cwestiwn (Cymraeg)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Cwestiynau</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Ychwanegu c&amp;westiwn</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>&amp;Tynnu cwestiwn</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Tynnu&apos;r cwestiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>Give the set a name.</source>
        <translation>Rhowch enw i&apos;r set.</translation>
    </message>
    <message>
        <source>Give the set a version.</source>
        <translation>Rhowch fersiwn i&apos;r set.</translation>
    </message>
    <message>
        <source>%1 is already on record: give the change a new version.</source>
        <translation>Mae %1 ar gofnod eisoes: rhowch fersiwn newydd i&apos;r newid.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Ychwanegwch o leiaf un cwestiwn.</translation>
    </message>
    <message>
        <source>Question %1 has no English wording.</source>
        <translation>Nid oes geiriad Saesneg i gwestiwn %1.</translation>
    </message>
    <message>
        <source>Question %1: its number must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (for example Q3 or 2.1).</source>
        <translation>Cwestiwn %1: rhaid i&apos;w rif fod yn 1 i 32 o lythrennau, digidau, &apos;.&apos;, &apos;_&apos; neu &apos;-&apos; (er enghraifft Q3 neu 2.1).</translation>
    </message>
    <message>
        <source>The number %1 is used twice.</source>
        <translation>Defnyddir y rhif %1 ddwywaith.</translation>
    </message>
</context>
<context>
    <name>RecommendationDetails</name>
    <message>
        <source>Recommendation details</source>
        <translation>Manylion yr argymhelliad</translation>
    </message>
    <message>
        <source>Responses to the selected recommendation</source>
        <translation>Ymatebion i&apos;r argymhelliad a ddewiswyd</translation>
    </message>
    <message>
        <source>The selected response</source>
        <translation>Yr ymateb a ddewiswyd</translation>
    </message>
    <message>
        <source>Edit response…</source>
        <translation>Golygu&apos;r ymateb…</translation>
    </message>
    <message>
        <source>Edit the selected response</source>
        <translation>Golygu&apos;r ymateb a ddewiswyd</translation>
    </message>
    <message>
        <source>Edit the selected response (Enter)</source>
        <translation>Golygu&apos;r ymateb a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <source>&amp;Withdraw response</source>
        <translation>Tynn&amp;u&apos;r ymateb yn ôl</translation>
    </message>
    <message>
        <source>Withdraw the selected response</source>
        <translation>Tynnu&apos;r ymateb a ddewiswyd yn ôl</translation>
    </message>
    <message>
        <source>Withdraw the selected response (Delete)</source>
        <translation>Tynnu&apos;r ymateb a ddewiswyd yn ôl (Delete)</translation>
    </message>
    <message>
        <source>Responses from the inspected body</source>
        <translation>Ymatebion gan y corff a arolygwyd</translation>
    </message>
    <message>
        <source>No response covers this recommendation yet: Add response… records one.</source>
        <translation>Nid oes ymateb yn cwmpasu&apos;r argymhelliad hwn eto: mae Ychwanegu ymateb… yn cofnodi un.</translation>
    </message>
    <message>
        <source>%1, covering recommendations %2</source>
        <translation>%1, yn cwmpasu argymhellion %2</translation>
    </message>
    <message>
        <source>%1, covering recommendation %2</source>
        <translation>%1, yn cwmpasu argymhelliad %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Overall improvement target:</source>
        <translation>Targed gwella cyffredinol:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Erbyn:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Perchennog:</translation>
    </message>
    <message>
        <source>Monitoring body:</source>
        <translation>Corff monitro:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Wedi&apos;i dderbyn:</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Argymhelliad %1</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Diben:</translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation>Wedi&apos;i gyfeirio at:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Adolygiad nesaf:</translation>
    </message>
    <message>
        <source>Carried forward from:</source>
        <translation>Wedi&apos;i gario ymlaen o:</translation>
    </message>
    <message>
        <source>recommendation %1 of “%2”</source>
        <translation>argymhelliad %1 o “%2”</translation>
    </message>
    <message>
        <source>(a finding no longer in this inspection)</source>
        <translation>(canfyddiad nad yw yn yr arolygiad hwn mwyach)</translation>
    </message>
    <message>
        <source>Linked findings:</source>
        <translation>Canfyddiadau cysylltiedig:</translation>
    </message>
    <message>
        <source>Linked nodes:</source>
        <translation>Nodau cysylltiedig:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Dim cynnydd wedi&apos;i gofnodi eto.</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Edit recommendation %1</source>
        <translation>Golygu argymhelliad %1</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Ychwanegu argymhelliad</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>%1 (the next number)</source>
        <translation>%1 (y rhif nesaf)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>A short label for the summary list, e.g. “Case recording”</source>
        <translation>Label byr ar gyfer y rhestr gryno, e.e. “Cofnodi achosion”</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Pwnc</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Argymhelliad</translation>
    </message>
    <message>
        <source>in order to …</source>
        <translation>er mwyn …</translation>
    </message>
    <message>
        <source>&amp;Purpose (“in order to …”)</source>
        <translation>&amp;Diben (“er mwyn …”)</translation>
    </message>
    <message>
        <source>Who is to act, e.g. Cafcass HQ</source>
        <translation>Pwy sydd i weithredu, e.e. Pencadlys Cafcass</translation>
    </message>
    <message>
        <source>A&amp;ddressed to</source>
        <translation>Wedi&apos;i &amp;gyfeirio at</translation>
    </message>
    <message>
        <source>Linked findings</source>
        <translation>Canfyddiadau cysylltiedig</translation>
    </message>
    <message>
        <source>Linked &amp;findings</source>
        <translation>Can&amp;fyddiadau cysylltiedig</translation>
    </message>
    <message>
        <source>Linked framework nodes</source>
        <translation>Nodau cysylltiedig yn y fframwaith</translation>
    </message>
    <message>
        <source>Linked &amp;nodes</source>
        <translation>&amp;Nodau cysylltiedig</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Ychwanegu argymhelliad</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Go&amp;lygu…</translation>
    </message>
    <message>
        <source>Edit the selected recommendation</source>
        <translation>Golygu&apos;r argymhelliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected recommendation</source>
        <translation>Tynnu&apos;r argymhelliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Withdraw the selected recommendation (Delete); the others keep their numbers</source>
        <translation>Tynnu&apos;r argymhelliad a ddewiswyd yn ôl (Delete); mae&apos;r lleill yn cadw eu rhifau</translation>
    </message>
    <message>
        <source>Ren&amp;umber…</source>
        <translation>Ailrif&amp;o…</translation>
    </message>
    <message>
        <source>Renumber the recommendations</source>
        <translation>Ailrifo&apos;r argymhellion</translation>
    </message>
    <message>
        <source>Set s&amp;tatus…</source>
        <translation>Gosod &amp;statws…</translation>
    </message>
    <message>
        <source>Set the status of the selected recommendation</source>
        <translation>Gosod statws yr argymhelliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Add progre&amp;ss…</source>
        <translation>Ychwanegu cy&amp;nnydd…</translation>
    </message>
    <message>
        <source>Add a progress update to the selected recommendation</source>
        <translation>Ychwanegu diweddariad cynnydd at yr argymhelliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Add respo&amp;nse…</source>
        <translation>Ychwanegu ymate&amp;b…</translation>
    </message>
    <message>
        <source>Add the inspected body&apos;s response</source>
        <translation>Ychwanegu ymateb y corff a arolygwyd</translation>
    </message>
    <message>
        <source>&amp;Carry forward…</source>
        <translation>Cario ymla&amp;en…</translation>
    </message>
    <message>
        <source>Carry recommendations forward from an earlier inspection</source>
        <translation>Cario argymhellion ymlaen o arolygiad cynharach</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Argymhellion</translation>
    </message>
    <message>
        <source>The recommendations could not be read: %1</source>
        <translation>Nid oedd modd darllen yr argymhellion: %1</translation>
    </message>
    <message>
        <source>⚠ More than one recommendation has the number %1 (this can happen when two laptops&apos; work is merged). Use Renumber… to give each its own number.</source>
        <translation>⚠ Mae gan fwy nag un argymhelliad y rhif %1 (gall hyn ddigwydd pan gaiff gwaith dwy liniadur ei gyfuno). Defnyddiwch Ailrifo… i roi ei rif ei hun i bob un.</translation>
    </message>
    <message>
        <source>%1 recommendations: %2 open, %3 proposed for closure, %4 closed.</source>
        <translation>%1 argymhelliad: %2 ar agor, %3 y cynigir eu cau, %4 wedi cau.</translation>
    </message>
    <message>
        <source>No recommendations yet.</source>
        <translation>Dim argymhellion eto.</translation>
    </message>
    <message>
        <source>Nothing was saved:
%1</source>
        <translation>Ni chadwyd dim:
%1</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Ychwanegu argymhelliad</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Golygu argymhelliad</translation>
    </message>
    <message>
        <source>Remove recommendation</source>
        <translation>Tynnu argymhelliad</translation>
    </message>
    <message>
        <source>Withdraw recommendation %1?

%2

The others keep their numbers, and its earlier versions stay in the record.</source>
        <translation>Tynnu argymhelliad %1 yn ôl?

%2

Mae&apos;r lleill yn cadw eu rhifau, ac mae ei fersiynau cynharach yn aros yn y cofnod.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Gosod statws</translation>
    </message>
    <message>
        <source>Add progress</source>
        <translation>Ychwanegu cynnydd</translation>
    </message>
    <message>
        <source>progress: write what has been done</source>
        <translation>cynnydd: ysgrifennwch beth sydd wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Ychwanegu ymateb</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>Golygu ymateb</translation>
    </message>
    <message>
        <source>Withdraw response</source>
        <translation>Tynnu ymateb yn ôl</translation>
    </message>
    <message>
        <source>Withdraw this response (it covers recommendations %1)? Its earlier versions stay in the record.</source>
        <translation>Tynnu&apos;r ymateb hwn yn ôl (mae&apos;n cwmpasu argymhellion %1)? Mae ei fersiynau cynharach yn aros yn y cofnod.</translation>
    </message>
    <message>
        <source>Renumber recommendations</source>
        <translation>Ailrifo argymhellion</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>Cario ymlaen</translation>
    </message>
    <message>
        <source>There is no other inspection on this laptop to carry recommendations from.</source>
        <translation>Nid oes arolygiad arall ar y gliniadur hon i gario argymhellion ohono.</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
</context>
<context>
    <name>RecordsField</name>
    <message>
        <source>Add row</source>
        <translation>Ychwanegu rhes</translation>
    </message>
    <message>
        <source>Add row to %1</source>
        <translation>Ychwanegu rhes at %1</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Tynnu rhes</translation>
    </message>
    <message>
        <source>Remove row from %1</source>
        <translation>Tynnu rhes o %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, rhes %2</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery review</source>
        <translation>Adolygiad adfer</translation>
    </message>
    <message>
        <source>FieldKit was not closed properly last time. Every edit that was saved is here; these are the items edited in that session. Open each one to check it reads as you expect.</source>
        <translation>Ni chafodd FieldKit ei gau&apos;n iawn y tro diwethaf. Mae pob golygiad a gadwyd yma; dyma&apos;r eitemau a olygwyd yn y sesiwn honno. Agorwch bob un i wirio ei fod yn darllen fel y disgwyliwch.</translation>
    </message>
    <message>
        <source>Recently edited items</source>
        <translation>Eitemau a olygwyd yn ddiweddar</translation>
    </message>
    <message>
        <source>No edits were made in that session.</source>
        <translation>Ni wnaed unrhyw olygiadau yn y sesiwn honno.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Agor yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Reviewed</source>
        <translation>&amp;Wedi adolygu</translation>
    </message>
    <message>
        <source>Reviewed: close this list</source>
        <translation>Wedi adolygu: cau&apos;r rhestr hon</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Arolygiad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>Child pseudonym</source>
        <translation>Ffugenw plentyn</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <source>This item belongs to no inspection that can be opened; it is kept in the store as it was saved.</source>
        <translation>Nid yw&apos;r eitem hon yn perthyn i arolygiad y gellir ei agor; fe&apos;i cedwir yn y storfa fel y&apos;i cadwyd.</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber recommendations</source>
        <translation>Ailrifo argymhellion</translation>
    </message>
    <message>
        <source>Re&amp;number</source>
        <translation>Ail&amp;rifo</translation>
    </message>
    <message>
        <source>Renumbering is recorded in the audit trail under your name. Responses, progress and links stay with each recommendation; only the numbers the report shows change. Each number may be used once.</source>
        <translation>Caiff ailrifo ei gofnodi yn y trywydd archwilio o dan eich enw. Mae ymatebion, cynnydd a dolenni yn aros gyda phob argymhelliad; dim ond y rhifau y mae&apos;r adroddiad yn eu dangos sy&apos;n newid. Gellir defnyddio pob rhif unwaith.</translation>
    </message>
    <message>
        <source>New number for recommendation %1: %2</source>
        <translation>Rhif newydd ar gyfer argymhelliad %1: %2</translation>
    </message>
    <message>
        <source>No. %1 — %2</source>
        <translation>Rhif %1 — %2</translation>
    </message>
    <message>
        <source>Number &amp;1, 2, 3… in the order shown</source>
        <translation>Rhifo &amp;1, 2, 3… yn y drefn a ddangosir</translation>
    </message>
    <message>
        <source>Number the recommendations from 1 in the order shown</source>
        <translation>Rhifo&apos;r argymhellion o 1 yn y drefn a ddangosir</translation>
    </message>
    <message>
        <source>Used more than once: %1</source>
        <translation>Wedi&apos;i ddefnyddio fwy nag unwaith: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Report…</source>
        <translation>Ad&amp;roddiad…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Open an inspection first, then make its report.</source>
        <translation>Agorwch arolygiad yn gyntaf, yna gwnewch ei adroddiad.</translation>
    </message>
    <message>
        <source>Inspection evidence report</source>
        <translation>Adroddiad tystiolaeth yr arolygiad</translation>
    </message>
    <message>
        <source>Evidence records</source>
        <translation>Cofnodion tystiolaeth</translation>
    </message>
    <message>
        <source>Methodology annex</source>
        <translation>Atodiad methodoleg</translation>
    </message>
    <message>
        <source>Questionnaire analysis annex</source>
        <translation>Atodiad dadansoddi&apos;r holiaduron</translation>
    </message>
    <message>
        <source>Recommendations progress table</source>
        <translation>Tabl cynnydd yr argymhellion</translation>
    </message>
    <message>
        <source>Safeguarding referral log (internal only)</source>
        <translation>Cofnod atgyfeirio diogelu (mewnol yn unig)</translation>
    </message>
    <message>
        <source>Internal (the full evidence, for the team)</source>
        <translation>Mewnol (y dystiolaeth lawn, i&apos;r tîm)</translation>
    </message>
    <message>
        <source>Draft for factual accuracy (for the inspected body)</source>
        <translation>Drafft i wirio cywirdeb ffeithiol (i&apos;r corff a arolygwyd)</translation>
    </message>
    <message>
        <source>For publication (staff by role, cleared quotations only)</source>
        <translation>I&apos;w gyhoeddi (staff yn ôl rôl, dyfyniadau wedi&apos;u clirio yn unig)</translation>
    </message>
    <message>
        <source>No protective marking</source>
        <translation>Dim marc diogelu</translation>
    </message>
    <message>
        <source>Filter the evidence items</source>
        <translation>Hidlo&apos;r eitemau tystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Eitemau:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Allbwn:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Fersiwn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marc diogelu:</translation>
    </message>
    <message>
        <source>Re&amp;nder preview</source>
        <translation>Creu &amp;rhagolwg</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Cadw PDF…</translation>
    </message>
    <message>
        <source>Choose what to produce, then render a preview. Nothing is saved until you choose Save.</source>
        <translation>Dewiswch beth i&apos;w gynhyrchu, yna crëwch ragolwg. Ni chaiff dim ei gadw nes i chi ddewis Cadw.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Allbwn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Iaith yr adroddiad</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <source>Evidence items to include</source>
        <translation>Eitemau tystiolaeth i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translation>Cynnydd creu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>The safeguarding referral log is restricted: it can be produced only as the internal version, never for the inspected body or for publication.</source>
        <translation>Mae&apos;r cofnod atgyfeirio diogelu yn gyfyngedig: dim ond fel y fersiwn fewnol y gellir ei gynhyrchu, byth i&apos;r corff a arolygwyd nac i&apos;w gyhoeddi.</translation>
    </message>
    <message>
        <source>The choices have changed: render again to preview them.</source>
        <translation>Mae&apos;r dewisiadau wedi newid: crëwch ragolwg eto i&apos;w gweld.</translation>
    </message>
    <message>
        <source>The evidence items could not be listed: %1</source>
        <translation>Nid oedd modd rhestru&apos;r eitemau tystiolaeth: %1</translation>
    </message>
    <message>
        <source>Tick at least one evidence item.</source>
        <translation>Ticiwch o leiaf un eitem dystiolaeth.</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Yn darllen y cofnodion…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Yn gosod y tudalennau…</translation>
    </message>
    <message>
        <source>Preview ready: %1 pages. It is only in memory until you save it.</source>
        <translation>Mae&apos;r rhagolwg yn barod: %1 tudalen. Mae yn y cof yn unig nes i chi ei gadw.</translation>
    </message>
    <message>
        <source>The report was not made: %1</source>
        <translation>Ni chafodd yr adroddiad ei wneud: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Ni chafodd yr adroddiad ei gadw: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Wedi cadw %1.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Edit response</source>
        <translation>Golygu ymateb</translation>
    </message>
    <message>
        <source>Add response</source>
        <translation>Ychwanegu ymateb</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Recommendations this response covers</source>
        <translation>Yr argymhellion y mae&apos;r ymateb hwn yn eu cwmpasu</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>Yn c&amp;wmpasu</translation>
    </message>
    <message>
        <source>e.g. Cafcass</source>
        <translation>e.e. Cafcass</translation>
    </message>
    <message>
        <source>Res&amp;ponder</source>
        <translation>Ymate&amp;bydd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>By: a day (YYYY-MM-DD) or a month (YYYY-MM)</source>
        <translation>Erbyn: diwrnod (BBBB-MM-DD) neu fis (BBBB-MM)</translation>
    </message>
    <message>
        <source>Add ac&amp;tion</source>
        <translation>Ychwanegu ca&amp;m gweithredu</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Remove act&amp;ion</source>
        <translation>&amp;Tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Tynnu&apos;r cam gweithredu a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Actions (“Cafcass will: …”)</source>
        <translation>Camau &amp;gweithredu (“Bydd Cafcass yn: …”)</translation>
    </message>
    <message>
        <source>Overall improvement target</source>
        <translation>Targed gwella cyffredinol</translation>
    </message>
    <message>
        <source>Overall improvement &amp;target</source>
        <translation>Targed gwella cyff&amp;redinol</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Erbyn</translation>
    </message>
    <message>
        <source>e.g. notification will be immediate, but national documents need amendments</source>
        <translation>e.e. bydd yr hysbysiad ar unwaith, ond mae angen diwygio dogfennau cenedlaethol</translation>
    </message>
    <message>
        <source>By-date &amp;note</source>
        <translation>&amp;Nodyn am y dyddiad</translation>
    </message>
    <message>
        <source>e.g. service managers</source>
        <translation>e.e. rheolwyr gwasanaeth</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Perchennog</translation>
    </message>
    <message>
        <source>e.g. CMT and SPIB</source>
        <translation>e.e. CMT a SPIB</translation>
    </message>
    <message>
        <source>&amp;Monitoring body</source>
        <translation>Corff monitr&amp;o</translation>
    </message>
    <message>
        <source>Date &amp;received</source>
        <translation>&amp;Dyddiad ei dderbyn</translation>
    </message>
</context>
<context>
    <name>SamplePlanPage</name>
    <message>
        <source>Targets for each method and site, and how many items meet them so far. Items nominated by the inspected body are left out of the count unless a target says otherwise.</source>
        <translation>Targedau ar gyfer pob dull a safle, a faint o eitemau sy&apos;n eu bodloni hyd yma. Caiff eitemau a enwebwyd gan y corff a arolygir eu gadael allan o&apos;r cyfrif oni bai bod targed yn dweud fel arall.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>Cynllun samplu</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Ychwanegu targed…</translation>
    </message>
    <message>
        <source>Add sample target</source>
        <translation>Ychwanegu targed samplu</translation>
    </message>
    <message>
        <source>Remo&amp;ve target</source>
        <translation>&amp;Tynnu targed</translation>
    </message>
    <message>
        <source>Remove sample target</source>
        <translation>Tynnu targed samplu</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Pob safle</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 o %2 %3</translation>
    </message>
    <message>
        <source>%1 nominated not counted</source>
        <translation>%1 a enwebwyd heb eu cyfrif</translation>
    </message>
</context>
<context>
    <name>SampleTargetDialog</name>
    <message>
        <source>Add sample target</source>
        <translation>Ychwanegu targed samplu</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Pob safle</translation>
    </message>
    <message>
        <source>no sub-target</source>
        <translation>dim is-darged</translation>
    </message>
    <message>
        <source>of them tracked</source>
        <translation>ohonynt wedi&apos;u tracio</translation>
    </message>
    <message>
        <source>of them good practice</source>
        <translation>ohonynt yn arfer da</translation>
    </message>
    <message>
        <source>of them with a safeguarding flag</source>
        <translation>ohonynt â baner diogelu</translation>
    </message>
    <message>
        <source>Count items nominated by the inspected body</source>
        <translation>Cyfrif eitemau a enwebwyd gan y corff a arolygir</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Dull</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Safle</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Targed</translation>
    </message>
    <message>
        <source>Su&amp;b-target</source>
        <translation>&amp;Is-darged</translation>
    </message>
    <message>
        <source>Sub-target &amp;counts</source>
        <translation>Sut mae&apos;r is-darged yn &amp;cyfrif</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Wedi&apos;i gadw am %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Mae pob newid wedi&apos;i gadw</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add site</source>
        <translation>Ychwanegu safle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Ardal</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Dilys &amp;o</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Dilys &amp;tan</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of recommendation %1</source>
        <translation>Statws argymhelliad %1</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>&amp;Gosod statws</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>— no reason given —</source>
        <translation>— dim rheswm wedi&apos;i roi —</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>e.g. to be reviewed in May 2009</source>
        <translation>e.e. i&apos;w adolygu ym mis Mai 2009</translation>
    </message>
    <message>
        <source>Status &amp;note</source>
        <translation>&amp;Nodyn statws</translation>
    </message>
    <message>
        <source>Ne&amp;xt review</source>
        <translation>&amp;Adolygiad nesaf</translation>
    </message>
    <message>
        <source>A closed recommendation needs its reason; an open one has none. The next review is a day (2009-05-21) or just a month (2009-05).</source>
        <translation>Mae angen rheswm ar argymhelliad sydd wedi cau; nid oes gan un agored reswm. Mae&apos;r adolygiad nesaf yn ddiwrnod (2009-05-21) neu&apos;n fis yn unig (2009-05).</translation>
    </message>
</context>
<context>
    <name>TeamImportDialog</name>
    <message>
        <source>Import team bundle</source>
        <translation>Mewnforio bwndel y tîm</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Yn gwirio ac yn mewnforio %1…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Canlyniad y mewnforio</translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation>Dangos y &amp;gwrthdrawiadau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing changed.</source>
        <translation>Cafodd y bwndel hwn ei fewnforio o&apos;r blaen; ni newidiodd dim.</translation>
    </message>
    <message>
        <source>Imported the bundle of %1.</source>
        <translation>Wedi mewnforio bwndel %1.</translation>
    </message>
    <message>
        <source>%1 new records, %2 updated, %3 versions already here, %4 attached files.</source>
        <translation>Cofnodion newydd: %1; wedi&apos;u diweddaru: %2; fersiynau oedd yma eisoes: %3; ffeiliau atodedig: %4.</translation>
    </message>
    <message>
        <source>Conflicts needing your decision: %1.</source>
        <translation>Gwrthdrawiadau sydd angen eich penderfyniad: %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Rhybudd: %1</translation>
    </message>
</context>
<context>
    <name>TeamKeysDialog</name>
    <message>
        <source>Team keys</source>
        <translation>Allweddi&apos;r tîm</translation>
    </message>
    <message>
        <source>Bundles from your team are imported only when they are signed with one of these keys. Compare each fingerprint with the one your teammate reads out.</source>
        <translation>Dim ond bwndeli a lofnodwyd ag un o&apos;r allweddi hyn a gaiff eu mewnforio gan eich tîm. Cymharwch bob olion bysedd â&apos;r un y mae eich cyd-aelod yn ei ddarllen i chi.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Olion bysedd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Trusted teammate keys</source>
        <translation>Allweddi cyd-aelodau y ymddiriedir ynddynt</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Ychwanegu ffeil allwedd…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Dirymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>dirymwyd %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>ymddiriedir ynddi</translation>
    </message>
    <message>
        <source>Add a teammate&apos;s key</source>
        <translation>Ychwanegu allwedd cyd-aelod</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Allweddi cyhoeddus (*.pub)</translation>
    </message>
    <message>
        <source>Does your teammate read out exactly this fingerprint?

%1</source>
        <translation>Ai&apos;r union olion bysedd hyn y mae eich cyd-aelod yn eu darllen i chi?

%1</translation>
    </message>
    <message>
        <source>Yes, trust it</source>
        <translation>Ie, ymddiried ynddi</translation>
    </message>
    <message>
        <source>Their inspector id (optional)</source>
        <translation>Eu ID arolygydd (dewisol)</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Dirymu allwedd</translation>
    </message>
    <message>
        <source>Refuse bundles signed with %1 from now on? What was imported stays.</source>
        <translation>Gwrthod bwndeli a lofnodwyd â %1 o hyn ymlaen? Bydd yr hyn a fewnforiwyd yn aros.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Dirymu</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <source>Add team member</source>
        <translation>Ychwanegu aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>Arolygydd arweiniol</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <source>Inspection assistant</source>
        <translation>Cynorthwyydd arolygu</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome. FieldKit keeps your evidence encrypted on this laptop. Choose a passphrase: it cannot be recovered, so keep it safe.</source>
        <translation>Croeso. Mae FieldKit yn cadw eich tystiolaeth wedi&apos;i hamgryptio ar y gliniadur hwn. Dewiswch gyfrinymadrodd: ni ellir ei adfer, felly cadwch ef yn ddiogel.</translation>
    </message>
    <message>
        <source>&amp;Create encrypted store</source>
        <translation>C&amp;reu storfa wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Create encrypted store</source>
        <translation>Creu storfa wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Enter your passphrase to unlock your evidence.</source>
        <translation>Rhowch eich cyfrinymadrodd i ddatgloi eich tystiolaeth.</translation>
    </message>
    <message>
        <source>At least %1 characters, with a variety of characters. A short sentence works well.</source>
        <translation>O leiaf %1 nod, gydag amrywiaeth o nodau. Mae brawddeg fer yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Digon cryf.</translation>
    </message>
    <message>
        <source>Enter your name: it is recorded as the author of your evidence.</source>
        <translation>Rhowch eich enw: caiff ei gofnodi fel awdur eich tystiolaeth.</translation>
    </message>
    <message>
        <source>That passphrase is too weak.</source>
        <translation>Mae&apos;r cyfrinymadrodd hwnnw&apos;n rhy wan.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Cyfrinymadrodd anghywir. Ni newidiwyd dim; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Could not open the store: %1</source>
        <translation>Methu agor y storfa: %1</translation>
    </message>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Opening the store and checking it. The first time after FieldKit is updated this can take a minute for a large store; nothing needs doing meanwhile.</source>
        <translation>Yn agor y storfa ac yn ei gwirio. Y tro cyntaf ar ôl diweddaru FieldKit gall hyn gymryd munud i storfa fawr; does dim angen gwneud dim yn y cyfamser.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Arolygiad</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>Tyst&amp;iolaeth</translation>
    </message>
    <message>
        <source>Sample &amp;plan</source>
        <translation>Cynllun sa&amp;mplu</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>Dangos y &amp;dystiolaeth</translation>
    </message>
    <message>
        <source>Show evidence tagged with this criterion</source>
        <translation>Dangos y dystiolaeth a dagiwyd â&apos;r maen prawf hwn</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Arolygiad</translation>
    </message>
    <message>
        <source>Inspected body</source>
        <translation>Corff a arolygir</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Dyddiad yr hysbysiad</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Gwaith maes</translation>
    </message>
    <message>
        <source>Scope and limitations</source>
        <translation>Cwmpas a chyfyngiadau</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Cwmpas</translation>
    </message>
    <message>
        <source>&amp;Limitations</source>
        <translation>C&amp;yfyngiadau</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <source>Areas and sites</source>
        <translation>Ardaloedd a safleoedd</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Dilys</translation>
    </message>
    <message>
        <source>Add &amp;site…</source>
        <translation>Ychwanegu &amp;safle…</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ychwanegu safle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Add &amp;team member…</source>
        <translation>Ychwanegu aelod o&apos;r &amp;tîm…</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Ychwanegu aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>Child pseudonym register</source>
        <translation>Cofrestr ffugenwau plant</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Ffugenw</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Add c&amp;hild…</source>
        <translation>Ychwanegu &amp;plentyn…</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <source>Question sets for structured interviews</source>
        <translation>Setiau o gwestiynau ar gyfer cyfweliadau strwythuredig</translation>
    </message>
    <message>
        <source>Question set</source>
        <translation>Set o gwestiynau</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Question sets</source>
        <translation>Setiau o gwestiynau</translation>
    </message>
    <message>
        <source>Add &amp;question set…</source>
        <translation>Ychwanegu set o g&amp;westiynau…</translation>
    </message>
    <message>
        <source>Add a question set or a new version of one</source>
        <translation>Ychwanegu set o gwestiynau neu fersiwn newydd o un</translation>
    </message>
    <message>
        <source>section</source>
        <translation>adran</translation>
    </message>
    <message>
        <source>key function</source>
        <translation>swyddogaeth allweddol</translation>
    </message>
    <message>
        <source>area</source>
        <translation>maes</translation>
    </message>
    <message>
        <source>sub-area</source>
        <translation>is-faes</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>maen prawf</translation>
    </message>
    <message>
        <source>aspect</source>
        <translation>agwedd</translation>
    </message>
    <message>
        <source>lens</source>
        <translation>lens</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>eitem rhestr wirio</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>Arolygydd arweiniol</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <source>Inspection assistant</source>
        <translation>Cynorthwyydd arolygu</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>(not inspected)</source>
        <translation>(heb ei arolygu)</translation>
    </message>
    <message>
        <source>graded</source>
        <translation>wedi&apos;i raddio</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>heb ei raddio</translation>
    </message>
    <message>
        <source>No evidence is tagged with this criterion yet.</source>
        <translation>Nid oes tystiolaeth wedi&apos;i thagio â&apos;r maen prawf hwn eto.</translation>
    </message>
    <message>
        <source>%1 items of evidence, all from one method: look for corroboration.</source>
        <translation>%1 eitem o dystiolaeth, i gyd o un dull: chwiliwch am gadarnhad.</translation>
    </message>
    <message>
        <source>%1 items of evidence from %2 methods.</source>
        <translation>%1 eitem o dystiolaeth o %2 dull.</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
</context>
</TS>
