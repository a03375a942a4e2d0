<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
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
    <name>DateField</name>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Missing or invalid fields</source>
        <translation>Meysydd coll neu annilys</translation>
    </message>
    <message>
        <source>About this evidence</source>
        <translation>Ynghylch y dystiolaeth hon</translation>
    </message>
    <message>
        <source>Still to complete: %1</source>
        <translation>I&apos;w cwblhau o hyd: %1</translation>
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
        <source>Items shown: %1</source>
        <translation>Eitemau a ddangosir: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Allforio bwndel…</translation>
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
        <source>&amp;Import framework…</source>
        <translation>&amp;Mewnforio fframwaith…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Newid y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>Cloi a&amp;wtomatig…</translation>
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
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
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
        <source>The two passphrases differ; nothing changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Mae&apos;r cyfrinymadrodd wedi&apos;i newid.</translation>
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
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery review</source>
        <translation>Adolygiad adfer</translation>
    </message>
    <message>
        <source>FieldKit was not closed properly last time. Every edit that was saved is here; these are the items edited in that session. Open them to check they read as you expect.</source>
        <translation>Ni chafodd FieldKit ei gau&apos;n iawn y tro diwethaf. Mae pob golygiad a gadwyd yma; dyma&apos;r eitemau a olygwyd yn y sesiwn honno. Agorwch nhw i wirio eu bod yn darllen fel y disgwyliwch.</translation>
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
        <source>Reviewed</source>
        <translation>Wedi adolygu</translation>
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
