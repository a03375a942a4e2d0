<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
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

ID yr allwedd %2, wedi'i llofnodi fel %3.</translation>
    </message>
    <message>
        <source>No central key is configured: bundles will not be encrypted.</source>
        <translation>Nid oes allwedd ganolog wedi'i gosod: ni chaiff bwndeli eu hamgryptio.</translation>
    </message>
    <message>
        <source>Bundles are encrypted to the central key %1.</source>
        <translation>Caiff bwndeli eu hamgryptio i'r allwedd ganolog %1.</translation>
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
        <translation>Anfon pob fersiwn, gan gynnwys y rhai y mae'r cofnod canolog wedi'u cydnabod</translation>
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
        <translation>Methu paratoi'r allforio: %1</translation>
    </message>
    <message>
        <source>It will be encrypted to the central key.</source>
        <translation>Caiff ei amgryptio i'r allwedd ganolog.</translation>
    </message>
    <message>
        <source>No central key is configured: the bundle will NOT be encrypted.</source>
        <translation>Nid oes allwedd ganolog wedi'i gosod: NI chaiff y bwndel ei amgryptio.</translation>
    </message>
    <message>
        <source>%1 record versions and %2 audit events will be signed and sent. %3</source>
        <translation>Caiff %1 fersiwn cofnod a %2 digwyddiad archwilio eu llofnodi a'u hanfon. %3</translation>
    </message>
    <message>
        <source>No privacy checker is installed: read the records before you confirm.</source>
        <translation>Nid oes gwiriwr preifatrwydd wedi'i osod: darllenwch y cofnodion cyn cadarnhau.</translation>
    </message>
    <message>
        <source>Redaction preview: the privacy check found %1 possible identifying details. Each is shown in [brackets]; correct the record before exporting, or confirm that it may be sent.</source>
        <translation>Rhagolwg golygu: daeth y gwiriad preifatrwydd o hyd i %1 manylyn a allai adnabod rhywun. Dangosir pob un mewn [cromfachau]; cywirwch y cofnod cyn allforio, neu cadarnhewch y caiff ei anfon.</translation>
    </message>
    <message>
        <source>The privacy check found nothing to redact in %1 text fields.</source>
        <translation>Ni chanfu'r gwiriad preifatrwydd ddim i'w olygu mewn %1 maes testun.</translation>
    </message>
    <message>
        <source>Nothing to send: central has acknowledged every version.</source>
        <translation>Dim i'w anfon: mae'r cofnod canolog wedi cydnabod pob fersiwn.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Yn ysgrifennu'r bwndel…</translation>
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
        <translation>wedi'i amgryptio</translation>
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
</TS>
