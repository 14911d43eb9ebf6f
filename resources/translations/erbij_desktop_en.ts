<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="47"/>
        <source>Erbij-evenementen (*.erbij)</source>
        <translation>Erbij events (*.erbij)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="53"/>
        <source>Evenement exporteren</source>
        <translation>Export event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="67"/>
        <source>%1 is een map; kies een bestandsnaam.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="72"/>
        <source>Het evenement kon niet worden geëxporteerd.</source>
        <translation>The event could not be exported.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="74"/>
        <source>Evenement opgeslagen als %1</source>
        <translation>Event saved as %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="80"/>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="108"/>
        <source>Evenement importeren</source>
        <translation>Import event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="98"/>
        <source>Import geweigerd; er is niets gewijzigd.</source>
        <translation>Import refused; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="100"/>
        <source>Evenement geïmporteerd: %1</source>
        <translation>Event imported: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="109"/>
        <source>Dit evenement staat al in Erbij Desktop.</source>
        <translation>This event is already in Erbij Desktop.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="112"/>
        <source>Het bestaande evenement blijft zoals het is. U kunt het geïmporteerde ernaast zetten, met ‘(kopie)’ achter de titel.</source>
        <translation>The existing event stays as it is. You can put the imported one next to it, with ‘(kopie)’ (copy) after its title.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="116"/>
        <source>Als &amp;kopie importeren</source>
        <translation>Import as a &amp;copy</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/archive_actions.py" line="127"/>
        <source>Erbij Desktop</source>
        <translation>Erbij Desktop</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="51"/>
        <source>Bij openen</source>
        <translation>On opening</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="52"/>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="53"/>
        <source>Vóór bijwerken</source>
        <translation>Before updating</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="54"/>
        <source>Vóór terugzetten</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="55"/>
        <source>Handmatig</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="67"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="80"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="80"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="80"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="80"/>
        <source>Evenementen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="94"/>
        <source>Er zijn nog geen reservekopieën van deze database.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="105"/>
        <source> min.</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="108"/>
        <source>Bewaar van elk soort de laatste</source>
        <translation>Keep the last</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="110"/>
        <source>reservekopieën; maak er na wijzigingen elke</source>
        <translation>backups of each kind; after changes, make one every</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="112"/>
        <source>een.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="119"/>
        <source>Nu een reservekopie maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="121"/>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="123"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="153"/>
        <source>Erbij Desktop maakt vanzelf een reservekopie bij het openen en, als er iets is veranderd, elke paar minuten. Ze staan in {folder}.</source>
        <translation>Erbij Desktop makes a backup by itself when it opens and, if anything has changed, every few minutes. They are kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="181"/>
        <source>onleesbaar</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="215"/>
        <source>Reservekopie gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="228"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="229"/>
        <source>De database terugzetten naar de reservekopie van {when}?</source>
        <translation>Restore the database to the backup of {when}?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="231"/>
        <source>Wat er nu in de database staat, wordt eerst zelf als reservekopie bewaard. U verliest dus niets en kunt dit ongedaan maken door die kopie terug te zetten.</source>
        <translation>What is in the database now is first kept as a backup itself, so you lose nothing and can undo this by restoring that copy.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="236"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/dialog.py" line="238"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="133"/>
        <source>Zonder tafel</source>
        <translation>No table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="260"/>
        <source>Kies eerst een ronde.</source>
        <translation>Choose a round first.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="270"/>
        <source>Bijdrage toevoegen</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="276"/>
        <source>Uitlichten opheffen</source>
        <translation>Remove highlight</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="276"/>
        <source>Bijdrage uitlichten</source>
        <translation>Highlight contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="282"/>
        <source>Bijdrage weer tonen</source>
        <translation>Show contribution again</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="282"/>
        <source>Bijdrage verbergen</source>
        <translation>Hide contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="287"/>
        <source>Bijdrage verwijderen</source>
        <translation>Delete contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="292"/>
        <source>Bijdrage naar andere tafel</source>
        <translation>Move contribution to another table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="296"/>
        <source>Labels wijzigen</source>
        <translation>Change tags</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="315"/>
        <source>Bijdrage verplaatsen</source>
        <translation>Move contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="321"/>
        <source>Citaat toevoegen</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="328"/>
        <source>Bijdrage wijzigen</source>
        <translation>Edit contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="332"/>
        <location filename="../../erbij_desktop/ui/capture/controller.py" line="336"/>
        <source>Spreker wijzigen</source>
        <translation>Change speaker</translation>
    </message>
</context>
<context>
    <name>CaptureHeader</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/header_bar.py" line="36"/>
        <source>Andere ronde: Ctrl+Shift+PgUp / Ctrl+Shift+PgDn</source>
        <translation>Other round: Ctrl+Shift+PgUp / Ctrl+Shift+PgDn</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/header_bar.py" line="37"/>
        <source>Ro&amp;nde</source>
        <translation>Ro&amp;und</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/header_bar.py" line="51"/>
        <source>Zoeken in alle bijdragen (Ctrl+F)</source>
        <translation>Search all contributions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/header_bar.py" line="90"/>
        <location filename="../../erbij_desktop/ui/capture/header_bar.py" line="93"/>
        <source>De zaal is bij ‘%1’</source>
        <translation>The room is at ‘%1’</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/header_bar.py" line="91"/>
        <source>daarheen</source>
        <translation>go there</translation>
    </message>
</context>
<context>
    <name>CaptureRowMenu</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_menu.py" line="33"/>
        <source>Uitlichten opheffen</source>
        <translation>Remove highlight</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_menu.py" line="33"/>
        <source>Uitlichten</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_menu.py" line="35"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_menu.py" line="36"/>
        <source>Naar andere tafel</source>
        <translation>Move to another table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_menu.py" line="42"/>
        <source>Weer tonen in het verslag</source>
        <translation>Show in the report again</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_menu.py" line="42"/>
        <source>Verbergen voor het verslag</source>
        <translation>Hide from the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_menu.py" line="45"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>CaptureShortcuts</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="20"/>
        <source>bijdrage bewaren (Shift+Enter: nieuwe regel)</source>
        <translation>save the contribution (Shift+Enter: new line)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="21"/>
        <source>naar tafel 1 … 9</source>
        <translation>go to table 1 … 9</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="22"/>
        <source>vorige / volgende tafel</source>
        <translation>previous / next table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="23"/>
        <source>vorige / volgende ronde</source>
        <translation>previous / next round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="24"/>
        <source>gekozen bijdrage uitlichten (of weer niet)</source>
        <translation>highlight the selected contribution (or undo that)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="25"/>
        <source>gekozen bijdrage ter plekke bewerken</source>
        <translation>edit the selected contribution in place</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="26"/>
        <source>zoeken in alle bijdragen; Esc stopt</source>
        <translation>search all contributions; Esc stops</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/shortcuts.py" line="27"/>
        <source>vanuit het lege typveld naar de lijst; Esc terug</source>
        <translation>from the empty typing field to the list; Esc goes back</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="102"/>
        <source>Bijdragen</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="201"/>
        <source>Dit evenement bestaat niet meer.</source>
        <translation>This event no longer exists.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="208"/>
        <source>Dit evenement heeft nog geen rondes.
Voeg onder Voorbereiden een ronde met haar gespreksvraag toe; daarna kun je hier vastleggen.</source>
        <translation>This event has no rounds yet.
Add a round with its discussion question under Prepare; then you can capture here.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="220"/>
        <source>Wat je de vorige keer typte maar nog niet bewaarde, staat weer klaar.</source>
        <translation>What you typed last time but had not saved yet is back in place.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="308"/>
        <source>Gevonden in alle rondes en tafels</source>
        <translation>Found in all rounds and tables</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="314"/>
        <source>1 bijdrage</source>
        <translation>1 contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="314"/>
        <source>%1 bijdragen</source>
        <translation>%1 contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/view.py" line="315"/>
        <source>tafelhost %1</source>
        <translation>table host %1</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="87"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="88"/>
        <source>Tafel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="89"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="90"/>
        <source>Bijdrage</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="91"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="92"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="106"/>
        <source>uitgelicht</source>
        <translation>highlighted</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="108"/>
        <source>via de tafel</source>
        <translation>from the table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="110"/>
        <source>verborgen, niet in het verslag</source>
        <translation>hidden, not in the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contributions.py" line="112"/>
        <source>wacht op de server</source>
        <translation>waiting for the server</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contribution_texts.py" line="48"/>
        <source>In het verslag: %1</source>
        <translation>In the report: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contribution_texts.py" line="50"/>
        <source>Via de tafel: getypt op de telefoon of laptop van de tafelhost</source>
        <translation>From the table: typed on the table host&apos;s phone or laptop</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contribution_texts.py" line="52"/>
        <source>Verborgen: blijft bewaard, maar komt niet in het verslag</source>
        <translation>Hidden: kept, but not in the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contribution_texts.py" line="54"/>
        <source>Wacht op de server: bewaard op deze laptop, bezorgd zodra er weer verbinding is</source>
        <translation>Waiting for the server: kept on this laptop, delivered as soon as the connection is back</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/contribution_texts.py" line="56"/>
        <source>%1 tekens</source>
        <translation>%1 characters</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="72"/>
        <source>Ro&amp;nde</source>
        <translation>Ro&amp;und</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="85"/>
        <source>In het verslag</source>
        <translation>In the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="89"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="89"/>
        <source>Alt+Pijl omhoog</source>
        <translation>Alt+Up arrow</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="90"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="90"/>
        <source>Alt+Pijl omlaag</source>
        <translation>Alt+Down arrow</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="92"/>
        <source>Niet o&amp;pnemen</source>
        <translation>&amp;Leave out</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="92"/>
        <source>Uit het verslag halen (Delete)</source>
        <translation>Take out of the report (Delete)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="99"/>
        <source>Niet opgenomen</source>
        <translation>Not included</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="110"/>
        <source>Filteren…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="113"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="118"/>
        <source>Opnemen &amp;in het verslag</source>
        <translation>I&amp;nclude in the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="118"/>
        <source>Enter of spatie in de lijst</source>
        <translation>Enter or Space in the list</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="204"/>
        <source>Dit evenement heeft nog geen rondes (Voorbereiden › Rondes).</source>
        <translation>This event has no rounds yet (Prepare › Rounds).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="209"/>
        <source>Nog niets gekozen. Sleep bijdragen hierheen of kies ze hieronder met Enter.</source>
        <translation>Nothing chosen yet. Drag contributions here or pick them below with Enter.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="212"/>
        <source>Deze ronde heeft nog geen bijdragen; ze verschijnen hier zodra ze zijn vastgelegd.</source>
        <translation>This round has no contributions yet; they appear here as soon as they are captured.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="226"/>
        <source>In het verslag: 1 bijdrage</source>
        <translation>In the report: 1 contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="228"/>
        <source>In het verslag: %1 bijdragen</source>
        <translation>In the report: %1 contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="231"/>
        <source>Niet opgenomen: %1</source>
        <translation>Not included: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/contributions_page.py" line="233"/>
        <source>(%1 getoond)</source>
        <translation>(%1 shown)</translation>
    </message>
</context>
<context>
    <name>CurationController</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="116"/>
        <source>Opnemen in het verslag</source>
        <translation>Include in the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="122"/>
        <source>Uit het verslag halen</source>
        <translation>Take out of the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="132"/>
        <source>Volgorde in het verslag wijzigen</source>
        <translation>Change order in the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="148"/>
        <source>Deze bijdrage bestaat niet meer.</source>
        <translation>This contribution no longer exists.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="153"/>
        <source>Formulering wijzigen</source>
        <translation>Change wording</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="153"/>
        <source>Terug naar origineel</source>
        <translation>Back to the original</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="160"/>
        <source>Label toevoegen</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/controller.py" line="166"/>
        <source>Label weghalen</source>
        <translation>Remove tag</translation>
    </message>
</context>
<context>
    <name>CurationModels</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/models.py" line="170"/>
        <source>Zoals vastgelegd.</source>
        <translation>As captured.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/models.py" line="171"/>
        <source>Eigen formulering voor het verslag. Origineel: %1</source>
        <translation>Own wording for the report. Original: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../erbij_desktop/ui/errors/startup.py" line="82"/>
        <source>Erbij Desktop is al geopend met deze database; dat venster staat nu vooraan.</source>
        <translation>Erbij Desktop is already open with this database; that window is now in front.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/startup.py" line="136"/>
        <source>Database kiezen of nieuw aanmaken</source>
        <translation>Choose a database or create a new one</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/startup.py" line="142"/>
        <source>Erbij-database (*.sqlite *.db)</source>
        <translation>Erbij database (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/startup.py" line="142"/>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/time_fields.py" line="86"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/time_fields.py" line="92"/>
        <source>Kies een datum in de kalender</source>
        <translation>Pick a date in the calendar</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/time_fields.py" line="121"/>
        <source>Vul een datum in als 20-02-2018 (of laat het veld leeg).</source>
        <translation>Enter a date like 20-02-2018 (or leave the field empty).</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="38"/>
        <source>Persoon (optioneel)</source>
        <translation>Person (optional)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="40"/>
        <source>Organisatie (optioneel)</source>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="41"/>
        <source>&amp;Persoon</source>
        <translation>Per&amp;son</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="43"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="51"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="53"/>
        <source>Bewaart de bijdrage (Enter)</source>
        <translation>Saves the contribution (Enter)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="55"/>
        <source>Enter bewaart · Shift+Enter nieuwe regel · ↑ naar de lijst</source>
        <translation>Enter saves · Shift+Enter new line · ↑ to the list</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="88"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="91"/>
        <source>Deze naam is nog niet bekend; bij bewaren wordt hij toegevoegd.</source>
        <translation>This name is not known yet; it is added when you save.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="102"/>
        <source>Wat zegt %1? Typ en druk op Enter</source>
        <translation>What does %1 say? Type and press Enter</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/entry_panel.py" line="104"/>
        <source>Typ wat er gezegd wordt en druk op Enter</source>
        <translation>Type what is said and press Enter</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="59"/>
        <source>De demo is in deze installatie niet beschikbaar.</source>
        <translation>The demo is not available in this installation.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="64"/>
        <source>De demo kon niet worden geopend.</source>
        <translation>The demo could not be opened.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="69"/>
        <source>De demo stond er al; die is geopend.</source>
        <translation>The demo was already there; it has been opened.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="78"/>
        <source>Evenement verwijderen</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="79"/>
        <source>‘%1’ en alles wat erbij hoort verwijderen?</source>
        <translation>Delete ‘%1’ and everything that belongs to it?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="82"/>
        <source>Programma, mensen, rondes, tafels, bijdragen en foto’s van dit evenement worden verwijderd. Maak eerst een export als u het later nog nodig kunt hebben.</source>
        <translation>The programme, people, rounds, tables, contributions and photos of this event will be deleted. Export it first if you might need it later.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="92"/>
        <source>Evenement verwijderd.</source>
        <translation>Event deleted.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="99"/>
        <source>Het verslag kan in deze installatie nog niet worden gemaakt.</source>
        <translation>The report cannot be made in this installation.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="102"/>
        <source>Verslag exporteren</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="105"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="122"/>
        <source>Het verslag kon niet worden gemaakt.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="124"/>
        <source>Verslag opgeslagen: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/actions.py" line="128"/>
        <source>Erbij Desktop</source>
        <translation>Erbij Desktop</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="62"/>
        <source>Het evenement</source>
        <translation>The event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="64"/>
        <source>&amp;Titel:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="65"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="69"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="84"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="86"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="92"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="96"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="124"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="131"/>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="143"/>
        <source>Evenement wijzigen</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="67"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="77"/>
        <source>tot &amp;eindtijd:</source>
        <translation>to e&amp;nd time:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="82"/>
        <source>Be&amp;gintijd:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="88"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="90"/>
        <source>bijv. Jaarbeurs</source>
        <translation>e.g. Jaarbeurs</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="91"/>
        <source>Locat&amp;ie:</source>
        <translation>Ven&amp;ue:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="94"/>
        <source>bijv. Utrecht</source>
        <translation>e.g. Utrecht</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="95"/>
        <source>&amp;Plaats:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="98"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="99"/>
        <source>Organisatie toevoegen…</source>
        <translation>Add organisation…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="102"/>
        <source>&amp;Organisatoren:</source>
        <translation>&amp;Organisers:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="104"/>
        <source>In de volgorde waarin het verslag ze noemt.</source>
        <translation>In the order the report names them.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="107"/>
        <source>naam van de dagvoorzitter</source>
        <translation>name of the chair</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="110"/>
        <source>Dagvoor&amp;zitter:</source>
        <translation>Cha&amp;ir:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="113"/>
        <source>Mag bij naam genoemd worden (verslag en scherm)</source>
        <translation>May be named (report and screen)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="116"/>
        <source>Zonder toestemming noemt het verslag alleen de rol.</source>
        <translation>Without consent the report names only the role.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="118"/>
        <source>Opkomst</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="120"/>
        <source>Verwa&amp;cht:</source>
        <translation>E&amp;xpected:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="127"/>
        <source>Wer&amp;kelijk:</source>
        <translation>&amp;Actual:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="134"/>
        <source>bv. ruim honderd aanwezigen</source>
        <translation>e.g. over a hundred people</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="136"/>
        <source>I&amp;n woorden:</source>
        <translation>In words (&amp;j):</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="138"/>
        <source>Zo noemt het verslag de opkomst; leeg: het werkelijke aantal.</source>
        <translation>How the report words the attendance; empty: the actual number.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="145"/>
        <source>Alles wordt opgeslagen zodra u een veld verlaat of op Enter drukt.</source>
        <translation>Everything is saved as soon as you leave a field or press Enter.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="150"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="151"/>
        <source> personen</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="171"/>
        <source>Dagvoorzitter wijzigen</source>
        <translation>Change chair</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="186"/>
        <source>Toestemming dagvoorzitter</source>
        <translation>Chair’s consent</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/event_form.py" line="194"/>
        <source>Organisatoren wijzigen</source>
        <translation>Change organisers</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_model.py" line="55"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_model.py" line="55"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_model.py" line="55"/>
        <source>Locatie</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_model.py" line="55"/>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_model.py" line="67"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_model.py" line="73"/>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_model.py" line="73"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>EventListPage</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_page.py" line="50"/>
        <source>Evenementen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_page.py" line="56"/>
        <source>Kies een evenement en druk op Enter (of dubbelklik) om het te openen.</source>
        <translation>Choose an event and press Enter (or double-click) to open it.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_page.py" line="83"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_page.py" line="84"/>
        <source>&amp;Nieuw evenement…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/list_page.py" line="85"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
</context>
<context>
    <name>EventTabs</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/tabs.py" line="76"/>
        <source>V&amp;astleggen</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/tabs.py" line="79"/>
        <source>&amp;Live</source>
        <translation>Li&amp;ve</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/tabs.py" line="83"/>
        <source>Ve&amp;rslag</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/tabs.py" line="126"/>
        <source>&amp;Voorbereiden</source>
        <translation>&amp;Prepare</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="45"/>
        <source>Kerncijfer wijzigen</source>
        <translation>Edit key figure</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="49"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="50"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="51"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="57"/>
        <source>Kerncijfer verplaatsen</source>
        <translation>Move key figure</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="93"/>
        <source>Kerncijfer toevoegen</source>
        <translation>Add key figure</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="103"/>
        <source>Kerncijfer verwijderen</source>
        <translation>Delete key figure</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="36"/>
        <source>Welkom bij Erbij Desktop</source>
        <translation>Welcome to Erbij Desktop</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="45"/>
        <source>Bereid hier een praktijktafel voor, leg tijdens de rondetafelgesprekken vast wat elke tafel zegt, en maak na afloop het verslag. Alles blijft op deze laptop en wordt direct opgeslagen.</source>
        <translation>Prepare a practice meeting here, capture what each table says during the roundtable conversations, and make the report afterwards. Everything stays on this laptop and is saved at once.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="56"/>
        <source>&amp;Nieuw evenement</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="63"/>
        <source>&amp;Demo openen</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="69"/>
        <source>Evenement &amp;importeren…</source>
        <translation>&amp;Import event…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="73"/>
        <source>Een evenement van een andere laptop openen (.erbij-bestand)</source>
        <translation>Open an event from another laptop (.erbij file)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="81"/>
        <source>De demo is de praktijktafel ‘Samen tegen eenzaamheid’ (Utrecht, 2018): een volledig voorbeeld met programma, rondes, tafels en bijdragen. U kunt hem later weer verwijderen.</source>
        <translation>The demo is the practice meeting ‘Samen tegen eenzaamheid’ (Together against loneliness, Utrecht, 2018): a complete example with programme, rounds, tables and contributions. You can delete it again later.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/first_run.py" line="101"/>
        <source>De demo is in deze installatie niet beschikbaar.</source>
        <translation>The demo is not available in this installation.</translation>
    </message>
</context>
<context>
    <name>JoinBoard</name>
    <message>
        <location filename="../../erbij_desktop/ui/presenter/join_board.py" line="67"/>
        <source>Schrijf mee: scan de QR-code van je tafel</source>
        <translation>Write along: scan your table&apos;s QR code</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="65"/>
        <source>43%</source>
        <translation>43%</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="69"/>
        <source>van de volwassenen voelt zich wel eens eenzaam</source>
        <translation>of adults sometimes feel lonely</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/figures_editor.py" line="72"/>
        <source>bron (optioneel)</source>
        <translation>source (optional)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/list_editor.py" line="60"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/list_editor.py" line="72"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/list_editor.py" line="72"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/list_editor.py" line="75"/>
        <source>Alt+Pijl omhoog / Alt+Pijl omlaag in de lijst</source>
        <translation>Alt+Up / Alt+Down arrow in the list</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/list_editor.py" line="79"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="83"/>
        <source>Wat werd er gezegd?</source>
        <translation>What was said?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="84"/>
        <source>Spreker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="104"/>
        <source>&amp;Nieuwe ronde:</source>
        <translation>&amp;New round:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="106"/>
        <source>titel, bijv. Eenzaamheid signaleren</source>
        <translation>title, e.g. Spotting loneliness</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="110"/>
        <source>gespreksvraag, bijv. Wat doe je om eenzaamheid te signaleren?</source>
        <translation>discussion question, e.g. What do you do to spot loneliness?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="67"/>
        <source>Of één &amp;tafel:</source>
        <translation>&amp;Or one table:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="69"/>
        <source>naam van één tafel (leeg: volgende nummer)</source>
        <translation>name of one table (empty: the next number)</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/install.py" line="42"/>
        <source>Presentatie starten op het gekozen scherm</source>
        <translation>Start the presentation on the chosen screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/install.py" line="43"/>
        <source>Presentatie stoppen</source>
        <translation>Stop the presentation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/install.py" line="44"/>
        <source>Presentatie verlaten (in het presentatievenster)</source>
        <translation>Leave the presentation (in the presentation window)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/install.py" line="45"/>
        <source>Schermvullend aan/uit (in het presentatievenster)</source>
        <translation>Full screen on/off (in the presentation window)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/install.py" line="46"/>
        <source>Timer starten, pauzeren of hervatten</source>
        <translation>Start, pause or resume the timer</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/install.py" line="47"/>
        <source>Eén minuut erbij</source>
        <translation>One more minute</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/install.py" line="48"/>
        <source>Vijf minuten erbij</source>
        <translation>Five more minutes</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_model.py" line="51"/>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_model.py" line="51"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_model.py" line="51"/>
        <source>Begonnen</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_model.py" line="51"/>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_model.py" line="94"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="26"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="27"/>
        <source>Presentatie</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="28"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="29"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="30"/>
        <source>Rondetafelgesprek</source>
        <translation>Roundtable conversation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="31"/>
        <source>Pauze</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="32"/>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="33"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="46"/>
        <source>Ronde %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="57"/>
        <source>Nog niet begonnen</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/texts.py" line="59"/>
        <source>Op schema</source>
        <translation>On schedule</translation>
    </message>
    <message numerus="yes">
        <location filename="../../erbij_desktop/ui/live/texts.py" line="61"/>
        <source>%n min achter op schema</source>
        <translation>
            <numerusform>%n min behind schedule</numerusform>
            <numerusform>%n min behind schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../erbij_desktop/ui/live/texts.py" line="62"/>
        <source>%n min voor op schema</source>
        <translation>
            <numerusform>%n min ahead of schedule</numerusform>
            <numerusform>%n min ahead of schedule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/controller.py" line="157"/>
        <source>Erbij Desktop</source>
        <translation>Erbij Desktop</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/controller.py" line="170"/>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/controller.py" line="249"/>
        <source>Op het podium</source>
        <translation>On stage</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/controller.py" line="266"/>
        <source>Van het podium</source>
        <translation>Off stage</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="216"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="219"/>
        <source>&amp;Nieuw evenement…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="225"/>
        <source>A&amp;lle evenementen</source>
        <translation>&amp;All events</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Demo openen</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="232"/>
        <source>Evenement &amp;exporteren (.erbij)…</source>
        <translation>Export e&amp;vent (.erbij)…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="236"/>
        <source>Evenement &amp;importeren (.erbij)…</source>
        <translation>&amp;Import event (.erbij)…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="243"/>
        <source>&amp;Publiceren naar het organisatiearchief…</source>
        <translation>&amp;Publish to the organisation&apos;s archive…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="244"/>
        <source>&amp;Offline halen naar een bestand…</source>
        <translation>Take &amp;offline to a file…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="249"/>
        <source>&amp;Verslag exporteren…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="253"/>
        <source>Evenement ver&amp;wijderen…</source>
        <translation>De&amp;lete event…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="258"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="262"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Over Erbij Desktop</source>
        <translation>&amp;About Erbij Desktop</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="306"/>
        <source>De nieuwe taal geldt vanaf de volgende keer dat u Erbij Desktop start.</source>
        <translation>The new language applies from the next time you start Erbij Desktop.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="332"/>
        <source>Over Erbij Desktop</source>
        <translation>About Erbij Desktop</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/main_window.py" line="337"/>
        <source>Voorbereiden, leiden en verslaan van een praktijktafel.

Database: %1</source>
        <translation>Prepare, run and report a practice meeting (praktijktafel).

Database: %1</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="16"/>
        <source>Bericht op het scherm</source>
        <translation>Message on the screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="21"/>
        <source>Bijvoorbeeld: Nog 5 minuten — rond af</source>
        <translation>For example: 5 minutes left — please wrap up</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="23"/>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="24"/>
        <source>Zet het bericht op het scherm (Enter)</source>
        <translation>Put the message on the screen (Enter)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="25"/>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="26"/>
        <source>Haal het bericht van het scherm</source>
        <translation>Take the message off the screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="46"/>
        <source>Op het scherm: ‘%1’</source>
        <translation>On the screen: ‘%1’</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/message_box.py" line="48"/>
        <source>Er staat geen bericht op het scherm.</source>
        <translation>There is no message on the screen.</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/names.py" line="64"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/names.py" line="65"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/names.py" line="66"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/names.py" line="67"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/new_event_dialog.py" line="28"/>
        <source>Nieuw evenement</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/new_event_dialog.py" line="33"/>
        <source>Geef het evenement een titel. De rest vult u daarna in bij Voorbereiden.</source>
        <translation>Give the event a title. You fill in the rest afterwards under Prepare.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/new_event_dialog.py" line="39"/>
        <source>bijv. Praktijktafel Samen tegen eenzaamheid</source>
        <translation>e.g. Practice meeting Together against loneliness</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/new_event_dialog.py" line="42"/>
        <source>&amp;Titel:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/new_event_dialog.py" line="47"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/new_event_dialog.py" line="55"/>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/outbox_sender.py" line="68"/>
        <source>Bijdrage toevoegen</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/outbox_sender.py" line="75"/>
        <source>Een bijdrage die zonder verbinding werd getypt, kon niet worden bewaard: %1</source>
        <translation>A contribution typed without a connection could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/outbox_sender.py" line="78"/>
        <source>De tekst is bewaard in de wachtrij op deze laptop: “%1”</source>
        <translation>Its text is kept in the queue on this laptop: “%1”</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/outbox_sender.py" line="117"/>
        <source>Geen verbinding — 1 bijdrage wacht</source>
        <translation>No connection — 1 contribution waiting</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/outbox_sender.py" line="119"/>
        <source>Geen verbinding — %1 bijdragen wachten</source>
        <translation>No connection — %1 contributions waiting</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/outbox_sender.py" line="123"/>
        <source>De server is niet bereikbaar. Wat je typt, is bewaard op deze laptop en wordt vanzelf bezorgd zodra er weer verbinding is.</source>
        <translation>The server cannot be reached. What you type is kept on this laptop and delivered by itself as soon as the connection is back.</translation>
    </message>
</context>
<context>
    <name>PapersBox</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="32"/>
        <source>Papier voor de dag</source>
        <translation>Paper for the day</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="36"/>
        <source>Draaiboek (PDF)…</source>
        <translation>Run sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="38"/>
        <source>Programma met tijden, wie er op het podium staat, de rondevragen, tafels en hosts</source>
        <translation>The programme with times, who is on stage, the round questions, tables and hosts</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="40"/>
        <source>Tafelkaarten (PDF)…</source>
        <translation>Table cards (PDF)…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="41"/>
        <source>Per tafel een vouwkaart met de tafelnaam en de vragen</source>
        <translation>A folded card per table with the table name and the questions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="42"/>
        <source>Gespreksbladen (PDF)…</source>
        <translation>Host sheets (PDF)…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="45"/>
        <source>Per tafel en ronde een blad voor de tafelhost, met de vraag en lijnen om te noteren</source>
        <translation>A sheet per table and round for the host, with the question and lines to write on</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="49"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="57"/>
        <source>draaiboek</source>
        <translation>run-sheet</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="59"/>
        <source>tafelkaarten</source>
        <translation>table-cards</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="62"/>
        <source>gespreksbladen</source>
        <translation>host sheets</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="76"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="76"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="95"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/papers_box.py" line="100"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="28"/>
        <source>Persoon wijzigen</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="31"/>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="66"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="33"/>
        <source>Persoon hernoemen</source>
        <translation>Rename person</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="36"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="41"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="46"/>
        <source>Mag genoemd worden</source>
        <translation>May be named</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="51"/>
        <source>%1 mag in het verslag met naam genoemd worden.</source>
        <translation>%1 may be named in the report.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="53"/>
        <source>Zonder toestemming noemt het verslag %1 niet bij naam.</source>
        <translation>Without consent the report does not name %1.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="68"/>
        <source>Organisatie hernoemen</source>
        <translation>Rename organisation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_models.py" line="70"/>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="69"/>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="69"/>
        <source>&amp;Nieuwe persoon:</source>
        <translation>Ne&amp;w person:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="89"/>
        <source>Niemand wordt in het verslag met naam genoemd zonder vinkje bij ‘Mag genoemd worden’; zonder toestemming gebruikt het verslag de rol.</source>
        <translation>Nobody is named in the report without a tick at ‘May be named’; without consent the report uses the role.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="99"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="100"/>
        <source>Nieuwe or&amp;ganisatie:</source>
        <translation>&amp;New organisation:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="135"/>
        <source>naam, Enter voegt toe</source>
        <translation>name, Enter adds it</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="148"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="174"/>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="182"/>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="195"/>
        <source>‘%1’ staat al in de lijst en is geselecteerd.</source>
        <translation>‘%1’ is already in the list and has been selected.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="187"/>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="230"/>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="233"/>
        <source>Persoon verwijderen</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="231"/>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="245"/>
        <source>‘%1’ verwijderen?</source>
        <translation>Delete ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="235"/>
        <source>Bijdragen, citaten en tafels van deze persoon blijven bestaan, zonder naam.</source>
        <translation>This person’s contributions, quotes and tables remain, without a name.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="244"/>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="248"/>
        <source>Organisatie verwijderen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/people_page.py" line="251"/>
        <source>Mensen en bijdragen van deze organisatie blijven bestaan, zonder organisatie.</source>
        <translation>The people and contributions of this organisation remain, without an organisation.</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="49"/>
        <source>Na ‘%1’</source>
        <translation>After ‘%1’</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="50"/>
        <source>Aan het eind, vóór de conclusie</source>
        <translation>At the end, before the conclusion</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="78"/>
        <source>Bij&amp;schrift:</source>
        <translation>Capt&amp;ion:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="82"/>
        <source>Bijschrift wijzigen</source>
        <translation>Change caption</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="87"/>
        <source>Wat is er op de foto te zien?</source>
        <translation>What does the photo show?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="89"/>
        <source>Bes&amp;chrijving (alt-tekst):</source>
        <translation>Alt text (descri&amp;be it):</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="92"/>
        <source>Voor wie de foto niet kan zien (schermlezer). Nodig voordat het verslag definitief wordt.</source>
        <translation>For readers who cannot see the photo (screen readers). Needed before the report can be final.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="98"/>
        <source>Alt-tekst wijzigen</source>
        <translation>Change alt text</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="102"/>
        <source>Fotograaf of bron</source>
        <translation>Photographer or source</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="103"/>
        <source>Bro&amp;n:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="107"/>
        <source>Bron wijzigen</source>
        <translation>Change credit</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="110"/>
        <source>Iedereen die herkenbaar is, gaf toestemming</source>
        <translation>Everyone who can be recognised gave consent</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="112"/>
        <source>&amp;Toestemming:</source>
        <translation>Co&amp;nsent:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="116"/>
        <source>Toestemming wijzigen</source>
        <translation>Change consent</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="118"/>
        <source>Zonder toestemming komt deze foto in geen enkele export.</source>
        <translation>Without consent this photo goes into no export at all.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="124"/>
        <source>Ple&amp;k:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="124"/>
        <source>Na welk programmaonderdeel de foto staat.</source>
        <translation>The programme item the photo follows.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="138"/>
        <source>Wie er op de foto staat. Wie geen toestemming gaf, wordt in het bijschrift niet genoemd.</source>
        <translation>Who is in the photo. Anyone who did not give consent is not named in the caption.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="141"/>
        <source>Mensen o&amp;p de foto:</source>
        <translation>Peop&amp;le in the photo:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="161"/>
        <source>Plek van de foto wijzigen</source>
        <translation>Change photo placement</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="168"/>
        <source>Mensen op de foto wijzigen</source>
        <translation>Change people in photo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_editor.py" line="212"/>
        <source>Geen foto gekozen</source>
        <translation>No photo chosen</translation>
    </message>
</context>
<context>
    <name>PhotoModels</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_model.py" line="125"/>
        <source>Foto %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_model.py" line="129"/>
        <source>Geen toestemming: niet in het verslag</source>
        <translation>No consent: not in the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photo_model.py" line="221"/>
        <source>Geen toestemming om genoemd te worden: het bijschrift noemt deze naam niet.</source>
        <translation>No consent to be named: the caption does not give this name.</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="90"/>
        <source>Foto’s in het verslag</source>
        <translation>Photos in the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="97"/>
        <source>&amp;Foto’s toevoegen…</source>
        <translation>Add photo&amp;s…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="98"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="99"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="100"/>
        <source>Verw&amp;ijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="101"/>
        <source>Alt+Pijl omhoog</source>
        <translation>Alt+Up arrow</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="102"/>
        <source>Alt+Pijl omlaag</source>
        <translation>Alt+Down arrow</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="228"/>
        <source>Nog geen foto’s.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="230"/>
        <source>1 foto</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="230"/>
        <source>%1 foto’s</source>
        <translation>%1 photos</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="232"/>
        <source>%1 zonder toestemming (niet in het verslag)</source>
        <translation>%1 without consent (not in the report)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="238"/>
        <source>Foto’s toevoegen</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="241"/>
        <source>Foto’s (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="253"/>
        <source>Foto toevoegen</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="275"/>
        <source>‘%1’ is niet toegevoegd: %2</source>
        <translation>‘%1’ was not added: %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="279"/>
        <source>‘%1’ kon niet worden gelezen: %2</source>
        <translation>‘%1’ could not be read: %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="290"/>
        <source>Foto verplaatsen</source>
        <translation>Move photo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="313"/>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="321"/>
        <source>Foto verwijderen</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/photos_page.py" line="314"/>
        <source>‘%1’ uit het verslag en uit dit evenement verwijderen?</source>
        <translation>Delete ‘%1’ from the report and from this event?</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/page.py" line="65"/>
        <source>Evenement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/page.py" line="66"/>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/page.py" line="67"/>
        <source>Mensen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/page.py" line="68"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/page.py" line="69"/>
        <source>Rondes</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/page.py" line="70"/>
        <source>Tafels</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/page.py" line="74"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>PresenterLauncher</name>
    <message>
        <location filename="../../erbij_desktop/ui/presenter/launcher.py" line="57"/>
        <source>Scherm %1: %2</source>
        <translation>Screen %1: %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/presenter/launcher.py" line="57"/>
        <source>Scherm %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/presenter/launcher.py" line="60"/>
        <source> — hoofdscherm</source>
        <translation> — main screen</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../erbij_desktop/ui/presenter/window.py" line="34"/>
        <source>Erbij Desktop — presentatie</source>
        <translation>Erbij Desktop — presentation</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="78"/>
        <source>Voorbeeld van het verslag</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="85"/>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="89"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="90"/>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="91"/>
        <source>Hele pagina</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="95"/>
        <source>Inzoomen (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="101"/>
        <source>Voorbeeld bijwerken…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="105"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="107"/>
        <source>Het verslag afdrukken (Ctrl+P)</source>
        <translation>Print the report (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="199"/>
        <source>De PDF kon niet worden geopend.</source>
        <translation>The PDF could not be opened.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="209"/>
        <source>Het voorbeeld kon niet worden bijgewerkt: %1</source>
        <translation>The preview could not be updated: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="216"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="218"/>
        <source>Nog geen voorbeeld</source>
        <translation>No preview yet</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="254"/>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="276"/>
        <source>Afdrukken… pagina %1 van %2</source>
        <translation>Printing… page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/pane.py" line="279"/>
        <source>Naar de printer gestuurd: %1 pagina’s.</source>
        <translation>Sent to the printer: %1 pages.</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <location filename="../../erbij_desktop/ui/preview/renderer.py" line="56"/>
        <source>Onverwachte fout (%1).</source>
        <translation>Unexpected error (%1).</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../erbij_desktop/ui/preview/printing.py" line="57"/>
        <source>Er is geen pagina om af te drukken.</source>
        <translation>There is no page to print.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/preview/printing.py" line="61"/>
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>ProgrammeBox</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="34"/>
        <source>Programmaklok</source>
        <translation>Programme clock</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="55"/>
        <source>Nu op het podium</source>
        <translation>On stage now</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="56"/>
        <source>Het gekozen onderdeel begint nu; het vorige is dan afgelopen</source>
        <translation>The chosen item starts now; the previous one has then ended</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="57"/>
        <source>Onderdeel afgelopen</source>
        <translation>Item ended</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="107"/>
        <source>Aftelklok loopt nog</source>
        <translation>Countdown still running</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="108"/>
        <source>De aftelklok van ‘%1’ loopt nog. Toch ‘%2’ op het podium zetten?</source>
        <translation>The countdown of ‘%1’ is still running. Put ‘%2’ on stage anyway?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="112"/>
        <source>Het scherm toont dan het onderdeel in plaats van de vraag en de klok.</source>
        <translation>The screen then shows the item instead of the question and the clock.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="113"/>
        <source>&amp;Op het podium zetten</source>
        <translation>&amp;Put on stage</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="131"/>
        <source>Geen programma</source>
        <translation>No programme</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="131"/>
        <source>Open een evenement met een programma.</source>
        <translation>Open an event that has a programme.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="142"/>
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="144"/>
        <source>Hierna: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="146"/>
        <source>Verwacht einde %1</source>
        <translation>Expected end %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="148"/>
        <source> (gepland %1)</source>
        <translation> (planned %1)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/programme_box.py" line="154"/>
        <source>Repetitie — het evenement is op %1</source>
        <translation>Rehearsal — the event is on %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="53"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="74"/>
        <source>Programmaonderdeel wijzigen</source>
        <translation>Edit programme item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="86"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="89"/>
        <source>tussenkop in het verslag (mag leeg blijven)</source>
        <translation>subheading in the report (may stay empty)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="91"/>
        <source>&amp;Kop:</source>
        <translation>Su&amp;bheading:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="94"/>
        <source>aansluitend</source>
        <translation>straight after</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="97"/>
        <source>Be&amp;gintijd:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="99"/>
        <source>Leeg: begint zodra het vorige onderdeel eindigt.</source>
        <translation>Empty: starts as soon as the previous item ends.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="103"/>
        <source>D&amp;uur:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="105"/>
        <source>Naam toevoegen…</source>
        <translation>Add name…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="107"/>
        <source>O&amp;p het podium:</source>
        <translation>&amp;On stage:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="107"/>
        <source>Spreker(s), in volgorde.</source>
        <translation>Speaker(s), in order.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="110"/>
        <source>&amp;Tekst voor het verslag:</source>
        <translation>Te&amp;xt for the report:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="112"/>
        <source>Wat er gebeurde, voor het verslag.</source>
        <translation>What happened, for the report.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="117"/>
        <source>Kerncijfers in één &amp;zin:</source>
        <translation>Key figures in one sentence (&amp;z):</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="120"/>
        <source>Wat de cijfers samen zeggen, voor wie het kader niet ziet (leeg: de cijfers op een rij).</source>
        <translation>What the key figures say together, for readers who cannot see the box (empty: the figures in a row).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="127"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="128"/>
        <source>Citaten</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="129"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="178"/>
        <source>Citaten (%1)</source>
        <translation>Quotes (%1)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="179"/>
        <source>Kerncijfers (%1)</source>
        <translation>Key figures (%1)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_item_editor.py" line="188"/>
        <source>Podium wijzigen</source>
        <translation>Change who is on stage</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="46"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="47"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="48"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="49"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="50"/>
        <source>Op het podium</source>
        <translation>On stage</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="57"/>
        <source>Programmaonderdeel verplaatsen</source>
        <translation>Move programme item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="94"/>
        <source>Sluit aan op het vorige onderdeel.</source>
        <translation>Follows straight on from the previous item.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_model.py" line="97"/>
        <source>(geen tussenkop)</source>
        <translation>(no subheading)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="82"/>
        <source>&amp;Nieuw:</source>
        <translation>&amp;New:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="85"/>
        <source>tussenkop, Enter voegt het onderdeel toe</source>
        <translation>subheading, Enter adds the item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="92"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="104"/>
        <source>Progra&amp;mma (slepen of Alt+pijltjes om te verplaatsen):</source>
        <translation>Programme (&amp;drag, or Alt+arrows to move):</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="120"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="121"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="128"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="194"/>
        <source>Het programma is nog leeg: voeg hierboven het eerste onderdeel toe.</source>
        <translation>The programme is still empty: add the first item above.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="197"/>
        <source>Verwacht einde: vul de begintijd van het evenement (of van het eerste onderdeel) in.</source>
        <translation>Expected end: fill in the start time of the event (or of the first item).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="200"/>
        <source>Verwacht einde van het programma: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Expected end of the programme: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="202"/>
        <source> (gepland einde %1)</source>
        <translation> (planned end %1)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="213"/>
        <source>Programmaonderdeel toevoegen</source>
        <translation>Add programme item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="244"/>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="255"/>
        <source>Programmaonderdeel verwijderen</source>
        <translation>Delete programme item</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="245"/>
        <source>‘%1’ verwijderen?</source>
        <translation>Delete ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/programme_page.py" line="248"/>
        <source>Citaten, kerncijfers en rondes van dit onderdeel blijven bestaan, zonder onderdeel.</source>
        <translation>The quotes, key figures and rounds of this item remain, without an item.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="73"/>
        <source>Offline halen</source>
        <translation>Take offline</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="76"/>
        <source>‘%1’ kopiëren naar een databasebestand op deze laptop, om zonder de server verder te werken. Later zet Publiceren het weer op de server.</source>
        <translation>Copy ‘%1’ into a database file on this laptop, to go on working without the server. Publishing puts it back on the server later.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="80"/>
        <source>bijvoorbeeld ~/evenementen/offline.sqlite</source>
        <translation>for example ~/events/offline.sqlite</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="81"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="85"/>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="85"/>
        <source>&amp;Offline halen</source>
        <translation>Take &amp;offline</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="87"/>
        <source>Publiceren naar het organisatiearchief</source>
        <translation>Publish to the organisation&apos;s archive</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="90"/>
        <source>‘%1’ op de server van de organisatie zetten, zodat collega’s het kunnen openen. Staat het er al, dan kiest u wat er gebeurt: niets wordt zomaar overschreven.</source>
        <translation>Put ‘%1’ on the organisation&apos;s server, so colleagues can open it. If it is there already, you choose what happens: nothing is overwritten without asking.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="95"/>
        <source>postgresql+psycopg://naam@server/erbij?sslmode=verify-full</source>
        <translation>postgresql+psycopg://name@server/erbij?sslmode=verify-full</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="100"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="100"/>
        <source>&amp;Publiceren</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="116"/>
        <source>Databasebestand kiezen</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="119"/>
        <source>Erbij-databases (*.sqlite)</source>
        <translation>Erbij databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="130"/>
        <source>Kies een bestand.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="130"/>
        <source>Vul de server-URL in.</source>
        <translation>Enter the server&apos;s URL.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="134"/>
        <source>Kies een bestand op deze laptop, geen server-URL.</source>
        <translation>Choose a file on this laptop, not a server URL.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="137"/>
        <source>%1 is een map; kies een bestandsnaam.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="139"/>
        <source>De map %1 bestaat niet.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="160"/>
        <source>Er is niets gewijzigd: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="164"/>
        <source>‘%1’ vervangen in %2</source>
        <translation>‘%1’ replaced in %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="164"/>
        <source>‘%1’ opgeslagen in %2</source>
        <translation>‘%1’ stored in %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="181"/>
        <source>Daar staat dit evenement al (‘%1’). Wat wilt u doen?</source>
        <translation>This event is there already (‘%1’). What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="185"/>
        <source>Vervangen zet deze versie in de plaats van die daar; wat daar sinds de vorige keer is veranderd, gaat dan verloren. Als kopie ernaast zet er een tweede naast, met ‘(kopie)’ achter de titel. Er is nog niets gewijzigd.</source>
        <translation>Replace puts this version in the place of the one there; what was changed there since last time is then lost. Keep as a copy puts a second one beside it, with ‘(kopie)’ after its title. Nothing has been changed yet.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="190"/>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/publish_dialog.py" line="192"/>
        <source>Als &amp;kopie ernaast</source>
        <translation>Keep as a &amp;copy beside it</translation>
    </message>
</context>
<context>
    <name>QuoteBar</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="33"/>
        <source>&amp;Citaat van het podium</source>
        <translation>&amp;Quote from the stage</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="42"/>
        <source>Bij welk programmaonderdeel het citaat hoort</source>
        <translation>The programme item the quote belongs to</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="46"/>
        <source>Wat werd er gezegd? Enter bewaart het citaat</source>
        <translation>What was said? Enter saves the quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="51"/>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="112"/>
        <source>Spreker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="80"/>
        <source>(geen onderdeel)</source>
        <translation>(no item)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="85"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/quote_bar.py" line="112"/>
        <source>Spreker, bijv. %1</source>
        <translation>Speaker, e.g. %1</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="46"/>
        <source>Citaat</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="48"/>
        <source>Citaat wijzigen</source>
        <translation>Edit quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="52"/>
        <source>Spreker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="54"/>
        <source>Spreker wijzigen</source>
        <translation>Change speaker</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="57"/>
        <source>Kop</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="60"/>
        <source>Kopcitaat kiezen</source>
        <translation>Choose key quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="63"/>
        <source>Het kopcitaat staat in de titel van het verslag.</source>
        <translation>The key quote is in the title of the report.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="75"/>
        <source>Citaat verplaatsen</source>
        <translation>Move quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="114"/>
        <source>Citaat toevoegen</source>
        <translation>Add quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/quotes_editor.py" line="125"/>
        <source>Citaat verwijderen</source>
        <translation>Delete quote</translation>
    </message>
</context>
<context>
    <name>RemoteNotice</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/remote_notice.py" line="42"/>
        <source>Een andere laptop wijzigde intussen hetzelfde als u (%1); die laatste wijziging geldt.</source>
        <translation>Another laptop changed the same thing as you in the meantime (%1); that latest change stands.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="46"/>
        <source>De map %1 bestaat niet (meer).</source>
        <translation>The folder %1 does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="48"/>
        <source>Geen toestemming om %1 te schrijven.</source>
        <translation>No permission to write %1.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="50"/>
        <source>De schijf is vol; %1 is niet geschreven.</source>
        <translation>The disk is full; %1 has not been written.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="53"/>
        <source>%1 kon niet worden geschreven: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="108"/>
        <source>PDF, toegankelijk (*.pdf)</source>
        <translation>PDF, accessible (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="109"/>
        <source>Webpagina (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="110"/>
        <source>Word-document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="124"/>
        <source>Verslag exporteren</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="135"/>
        <source>Bijdragen exporteren als CSV</source>
        <translation>Export the contributions as CSV</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="136"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="189"/>
        <source>%1 is een map; kies een bestandsnaam.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="205"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/export.py" line="206"/>
        <source>Het bestand kon niet worden opgeslagen.</source>
        <translation>The file could not be saved.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="55"/>
        <source>Verslag wijzigen</source>
        <translation>Edit report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="68"/>
        <source>Tekst van het verslag</source>
        <translation>Text of the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="71"/>
        <source>&amp;Doel:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="74"/>
        <source>Waarom het evenement er is, in één zin.</source>
        <translation>Why the event exists, in one sentence.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="76"/>
        <source>&amp;Inleiding:</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="76"/>
        <source>De eerste alinea van het verslag.</source>
        <translation>The first paragraph of the report.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="77"/>
        <source>&amp;Conclusie:</source>
        <translation>Co&amp;nclusion:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="81"/>
        <source>&amp;Kopcitaat:</source>
        <translation>&amp;Key quote:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="83"/>
        <source>Het citaat dat in de titel van het verslag staat.</source>
        <translation>The quote in the title of the report.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="87"/>
        <source>Achtergrond (kader)</source>
        <translation>Background (box)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="89"/>
        <source>bijv. Eenzaamheid in Nederland</source>
        <translation>e.g. Loneliness in the Netherlands</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="91"/>
        <source>Ko&amp;p:</source>
        <translation>Hea&amp;ding:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="93"/>
        <source>Tek&amp;st:</source>
        <translation>Bod&amp;y:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="95"/>
        <source>Publicatie</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="97"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="98"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="101"/>
        <source>&amp;Taal:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="104"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="105"/>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="108"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="111"/>
        <source>&amp;Geplaatst op:</source>
        <translation>Pu&amp;blished on:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="114"/>
        <source>Laatst gewi&amp;jzigd op:</source>
        <translation>L&amp;ast modified on:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="116"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="128"/>
        <source>Logo kie&amp;zen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="132"/>
        <source>Logo weghale&amp;n</source>
        <translation>Re&amp;move logo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="147"/>
        <source>(geen kopcitaat)</source>
        <translation>(no key quote)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="168"/>
        <source>Kopcitaat kiezen</source>
        <translation>Choose key quote</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="172"/>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="198"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="176"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="187"/>
        <source>Kan het bestand niet lezen: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="191"/>
        <source>Kies een PNG- of JPEG-afbeelding.</source>
        <translation>Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="193"/>
        <source>Dit logo is groter dan 2 MB; kies een kleinere afbeelding.</source>
        <translation>This logo is larger than 2 MB; choose a smaller image.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="198"/>
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/report_form.py" line="210"/>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="87"/>
        <source>Bijdragen</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="89"/>
        <source>Labels</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="116"/>
        <source>Verslag exp&amp;orteren…</source>
        <translation>Exp&amp;ort report…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="117"/>
        <source>Als PDF, als webpagina (HTML) of als Word-bestand</source>
        <translation>As PDF, as a web page (HTML) or as a Word file</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="120"/>
        <source>&amp;met bijlage</source>
        <translation>&amp;with appendix</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="124"/>
        <source>Voeg alle bijdragen per ronde en tafel en de lijst van organisaties toe.</source>
        <translation>Add every contribution by round and table, and the list of organisations.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="126"/>
        <source>CSV export&amp;eren…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="128"/>
        <source>Alle bijdragen als spreadsheet (opent in Excel).</source>
        <translation>All contributions as a spreadsheet (opens in Excel).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="93"/>
        <source>Teksten</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="96"/>
        <source>Foto’s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="98"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="191"/>
        <source>Nog geen bijdragen gekozen voor: %1. Kies ze onder Bijdragen vóór u exporteert.</source>
        <translation>No contributions chosen yet for: %1. Choose them under Contributions before you export.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="230"/>
        <source>%1 wordt opgeslagen…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tab.py" line="233"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>RoomBox</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="72"/>
        <source>Tafels schrijven mee</source>
        <translation>Tables write along</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="83"/>
        <source>Het netwerk waarop de telefoons en laptops van de tafels zitten</source>
        <translation>The network the tables&apos; phones and laptops are on</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="89"/>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="232"/>
        <source>Aanzetten</source>
        <translation>Switch on</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="106"/>
        <source>Tafels die meeschrijven</source>
        <translation>Tables writing along</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="115"/>
        <source>Link van de tafel</source>
        <translation>The table&apos;s link</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="117"/>
        <source>Link kopiëren</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="118"/>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="304"/>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="314"/>
        <source>Tafel pauzeren</source>
        <translation>Pause table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="120"/>
        <source>Nieuwe link</source>
        <translation>New link</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="122"/>
        <source>De oude link en QR-code werken daarna niet meer</source>
        <translation>The old link and QR code stop working</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="123"/>
        <source>Kaarten met QR-code (PDF)…</source>
        <translation>Cards with QR code (PDF)…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="125"/>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="345"/>
        <source>Ronde gesloten voor de tafels</source>
        <translation>Round closed for the tables</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="128"/>
        <source>Tafels kunnen in deze ronde niets meer toevoegen, wijzigen of verwijderen</source>
        <translation>Tables can no longer add, change or delete anything in this round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="130"/>
        <source>QR-codes op het scherm</source>
        <translation>QR codes on the screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="133"/>
        <source>De beamer toont de QR-codes van alle tafels in plaats van de vraag</source>
        <translation>The beamer shows every table&apos;s QR code instead of the question</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="155"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="157"/>
        <source>Poort:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="198"/>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="200"/>
        <source>alleen deze laptop</source>
        <translation>this laptop only</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="232"/>
        <source>Uitzetten</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="250"/>
        <source>Aan op %1:%2. Tafelhosts openen de link van hun tafel of scannen de QR-code. Wat ze typen is niet versleuteld: gebruik liefst de hotspot van deze laptop met een wachtwoord.</source>
        <translation>On at %1:%2. Table hosts open their table&apos;s link or scan the QR code. What they type is not encrypted: preferably use this laptop&apos;s own hotspot with a password.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="260"/>
        <source>Uit: er staat geen poort open. Aan laten tafelhosts meeschrijven op hun eigen telefoon of laptop, via het wifi van de zaal of de hotspot van deze laptop, zonder internet.</source>
        <translation>Off: no port is open. When on, table hosts write along on their own phone or laptop, over the venue&apos;s Wi-Fi or this laptop&apos;s hotspot, without internet.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="301"/>
        <source>QR-code verschijnt als de server aan staat</source>
        <translation>The QR code appears when the server is on</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="311"/>
        <source>QR-code voor %1</source>
        <translation>QR code for %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="314"/>
        <source>Tafel hervatten</source>
        <translation>Resume table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="319"/>
        <source>Link gekopieerd.</source>
        <translation>Link copied.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="330"/>
        <source>%1 heeft een nieuwe link; de oude werkt niet meer.</source>
        <translation>%1 has a new link; the old one no longer works.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="343"/>
        <source>Ronde gesloten voor de tafels (%1)</source>
        <translation>Round closed for the tables (%1)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="363"/>
        <source>%1 - kaarten tafels schrijven mee.pdf</source>
        <translation>%1 - cards tables write along.pdf</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="365"/>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="365"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="382"/>
        <source>Niet opgeslagen: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_box.py" line="384"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>RoomTablesModel</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="48"/>
        <source>zojuist</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="50"/>
        <source>%1 s geleden</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="52"/>
        <source>%1 min geleden</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="101"/>
        <source>Tafel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="101"/>
        <source>Apparaten</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="101"/>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="122"/>
        <source>gepauzeerd</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/room_model.py" line="122"/>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="68"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="78"/>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="186"/>
        <source>Ronde wijzigen</source>
        <translation>Edit round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="81"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="86"/>
        <source>Gespreksvraag</source>
        <translation>Discussion question</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="91"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="97"/>
        <source>Ronde verplaatsen</source>
        <translation>Move round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="137"/>
        <source>Ronde toevoegen</source>
        <translation>Add round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="156"/>
        <source>De %1 bijdragen die in deze ronde zijn vastgelegd, worden ook verwijderd.</source>
        <translation>The %1 contributions captured in this round are deleted too.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="160"/>
        <source>Er zijn in deze ronde nog geen bijdragen vastgelegd.</source>
        <translation>No contributions have been captured in this round yet.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="162"/>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="170"/>
        <source>Ronde verwijderen</source>
        <translation>Delete round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="171"/>
        <source>‘%1’ verwijderen?</source>
        <translation>Delete ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="197"/>
        <source>Geselecteerde ronde</source>
        <translation>Selected round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="199"/>
        <source>&amp;Titel:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="203"/>
        <source>&amp;Gespreksvraag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="205"/>
        <source>De vraag die op het scherm komt en aan elke tafel wordt besproken.</source>
        <translation>The question that goes on the screen and is discussed at every table.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="210"/>
        <source>&amp;Duur:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="212"/>
        <source>Tussen %1 en %2 minuten.</source>
        <translation>Between %1 and %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="219"/>
        <source>&amp;Inleiding:</source>
        <translation>&amp;Introduction:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="221"/>
        <source>Wat het verslag vóór de vraag zegt; de vraag volgt tussen aanhalingstekens.</source>
        <translation>What the report says before the question; the question follows in quotes.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="226"/>
        <source>Een greep uit de bijdragen:</source>
        <translation>A selection of contributions:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="228"/>
        <source>Vóór de bi&amp;jdragen:</source>
        <translation>Before the contributions (&amp;j):</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="230"/>
        <source>De zin vóór de gekozen bijdragen; leeg: ‘Een greep uit de bijdragen:’.</source>
        <translation>The sentence before the chosen contributions; empty: ‘A selection of contributions:’.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="235"/>
        <source>&amp;Onderdeel:</source>
        <translation>Pr&amp;ogramme item:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="237"/>
        <source>Het rondetafelgesprek in het programma waarin deze ronde valt.</source>
        <translation>The roundtable conversation in the programme that this round is part of.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="245"/>
        <source>Rondes onder hetzelfde onderdeel volgen elkaar op, elk met haar eigen duur: de eerste begint met het onderdeel, de volgende zodra de vorige om is. Zo staan ze, elk met haar eigen begintijd, op het draaiboek en de gespreksbladen.</source>
        <translation>Rounds under the same item follow one another, each with its own length: the first starts with the item, the next as soon as the previous one is over. That is how they appear, each with its own start time, on the run sheet and the host sheets.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/rounds_page.py" line="274"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_actions.py" line="39"/>
        <source>Deze bijdrage wacht nog op de server; wijzig haar als ze is bezorgd.</source>
        <translation>This contribution is still waiting for the server; change it once it has been delivered.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/row_actions.py" line="66"/>
        <source>Bijdrage verwijderd — %1 zet hem terug.</source>
        <translation>Contribution deleted — %1 brings it back.</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <location filename="../../erbij_desktop/ui/errors/safety.py" line="77"/>
        <source>Reservekopie gemaakt ({name}).</source>
        <translation>Backup made ({name}).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/safety.py" line="100"/>
        <source>&amp;Reservekopieën…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/safety.py" line="150"/>
        <source>Reservekopie teruggezet. De vorige versie staat in {path}.</source>
        <translation>Backup restored. The previous version is in {path}.</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/save_indicator.py" line="21"/>
        <source>Alles is opgeslagen</source>
        <translation>Everything is saved</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/save_indicator.py" line="22"/>
        <source>Elke wijziging wordt meteen opgeslagen; er is geen Opslaan-knop nodig.</source>
        <translation>Every change is saved straight away; there is no need for a Save button.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/save_indicator.py" line="27"/>
        <source>Opgeslagen %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/search_panel.py" line="34"/>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/search_panel.py" line="56"/>
        <source>Geen bijdragen gevonden voor ‘%1’.</source>
        <translation>No contributions found for ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/search_panel.py" line="58"/>
        <source>1 bijdrage gevonden voor ‘%1’ · Enter opent hem</source>
        <translation>1 contribution found for ‘%1’ · Enter opens it</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/capture/search_panel.py" line="60"/>
        <source>%2 bijdragen gevonden voor ‘%1’ · Enter opent de gekozen</source>
        <translation>%2 contributions found for ‘%1’ · Enter opens the chosen one</translation>
    </message>
</context>
<context>
    <name>SelectionView</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/selection_view.py" line="106"/>
        <source>eigen formulering</source>
        <translation>own wording</translation>
    </message>
</context>
<context>
    <name>ServerBackupsDialog</name>
    <message>
        <location filename="../../erbij_desktop/ui/backups/server.py" line="42"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/server.py" line="44"/>
        <source>De evenementen staan op de server van de organisatie ({server}). Reservekopieën van een server maakt de databasebeheerder (met pg_dump); Erbij Desktop maakt ze hier niet. Wilt u zelf een vangnet, schrijf dan elk evenement als .erbij-bestand in een map.</source>
        <translation>The events are on the organisation&apos;s server ({server}). Backups of a server are made by its database administrator (with pg_dump); Erbij Desktop makes none here. For a safety net of your own, write every event as an .erbij file into a folder.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/server.py" line="54"/>
        <source>Alle evenementen &amp;exporteren naar .erbij…</source>
        <translation>&amp;Export all events to .erbij…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/server.py" line="70"/>
        <source>Map voor de .erbij-bestanden</source>
        <translation>Folder for the .erbij files</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/server.py" line="89"/>
        <source>1 evenement geschreven naar {folder}.</source>
        <translation>1 event written to {folder}.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/backups/server.py" line="91"/>
        <source>{count} evenementen geschreven naar {folder}.</source>
        <translation>{count} events written to {folder}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="63"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="87"/>
        <source>&amp;Standaardwaarden</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="114"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="119"/>
        <source>&amp;Taal van de app:</source>
        <translation>&amp;Language of the app:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="120"/>
        <source>Een andere taal geldt vanaf de volgende start van Erbij Desktop.</source>
        <translation>Another language applies from the next start of Erbij Desktop.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="124"/>
        <source>Presentatie</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="127"/>
        <source>&amp;Beamer:</source>
        <translation>&amp;Projector:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="131"/>
        <source>Het scherm waarop de presentatie (F5) verschijnt. Met één scherm opent ze in een venster.</source>
        <translation>The screen the presentation (F5) appears on. With one screen it opens in a window.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="137"/>
        <source>Voorbereiden</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="142"/>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="196"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="143"/>
        <source>Standaardduur van een &amp;ronde:</source>
        <translation>Default length of a &amp;round:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="147"/>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="157"/>
        <source>Logo &amp;kiezen…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="161"/>
        <source>Logo &amp;weghalen</source>
        <translation>Remo&amp;ve logo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="166"/>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="169"/>
        <source>&amp;met bijlage</source>
        <translation>&amp;with appendix</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="172"/>
        <source>De bijlage bevat alle bijdragen per ronde en tafel en de lijst van organisaties.</source>
        <translation>The appendix holds every contribution by round and table, and the list of organisations.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="174"/>
        <source>Verslag exporteren:</source>
        <translation>Export report:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="181"/>
        <source>Een nieuw evenement krijgt dit logo; per evenement te wijzigen onder Voorbereiden → Verslag. Met bijlage: alle bijdragen per ronde en tafel en de organisaties.</source>
        <translation>A new event gets this logo; change it per event under Prepare → Report. With appendix: every contribution by round and table, and the organisations.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="188"/>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="192"/>
        <source>&amp;Aantal bewaren (van elke soort):</source>
        <translation>Number to &amp;keep (of each kind):</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="197"/>
        <source>Na wijzigingen een kopie &amp;elke:</source>
        <translation>After changes, a copy &amp;every:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="201"/>
        <source>Reservekopieën staan naast de database, in de map backups. Bestand → Reservekopieën… toont ze en zet er een terug.</source>
        <translation>Backups are kept next to the database, in the backups folder. File → Backups… shows them and restores one.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="208"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="211"/>
        <source>leeg: het bestand op deze laptop</source>
        <translation>empty: the file on this laptop</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="212"/>
        <source>Server van de &amp;organisatie:</source>
        <translation>Organisation&apos;s &amp;server:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="219"/>
        <source>Bijvoorbeeld postgresql+psycopg://naam@server/erbij?sslmode=verify-full. Geldt vanaf de volgende start. Het wachtwoord staat niet hier maar in ~/.pgpass. Reservekopieën van een server maakt de beheerder (pg_dump).</source>
        <translation>For example postgresql+psycopg://name@server/erbij?sslmode=verify-full. Applies from the next start. The password is not kept here but in ~/.pgpass. Backups of a server are made by its administrator (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="252"/>
        <source>Automatisch (het eerste scherm dat niet het hoofdscherm is)</source>
        <translation>Automatic (the first screen that is not the main screen)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="256"/>
        <source>Scherm %1: %2 (%3×%4)</source>
        <translation>Screen %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="260"/>
        <source> — hoofdscherm</source>
        <translation> — main screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="264"/>
        <source>%1 (nu niet aangesloten)</source>
        <translation>%1 (not connected now)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="275"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="279"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="295"/>
        <source>Kan het bestand niet lezen: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="298"/>
        <source>Dit logo is groter dan 2 MB; kies een kleinere afbeelding.</source>
        <translation>This logo is larger than 2 MB; choose a smaller image.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="300"/>
        <source>Kies een PNG- of JPEG-afbeelding.</source>
        <translation>Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/settings/dialog.py" line="315"/>
        <source>geen logo</source>
        <translation>no logo</translation>
    </message>
</context>
<context>
    <name>StageBox</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="32"/>
        <source>Op het scherm</source>
        <translation>On the screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="37"/>
        <source>Zo ziet de zaal het scherm</source>
        <translation>This is how the room sees the screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="41"/>
        <source>Vraag van de ronde</source>
        <translation>Question of the round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="42"/>
        <source>Op het podium</source>
        <translation>On stage</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="43"/>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="58"/>
        <source>Tonen:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="59"/>
        <source>Ronde:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="63"/>
        <source>Beamer:</source>
        <translation>Projector:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="85"/>
        <source>— geen ronde —</source>
        <translation>— no round —</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="116"/>
        <source>Er is maar één scherm: de presentatie opent als venster dat u kunt verslepen en vergroten.</source>
        <translation>There is only one screen: the presentation opens as a window you can move and enlarge.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="119"/>
        <source>Het scherm waarop de presentatie schermvullend verschijnt</source>
        <translation>The screen on which the presentation appears full screen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="127"/>
        <source>Presentatie stoppen (Shift+F5)</source>
        <translation>Stop the presentation (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/stage_box.py" line="129"/>
        <source>Presentatie starten (F5)</source>
        <translation>Start the presentation (F5)</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <location filename="../../erbij_desktop/ui/presenter/stage.py" line="81"/>
        <source>Tijd is om</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/presenter/stage.py" line="84"/>
        <source>Bijna tijd — rond af</source>
        <translation>Almost time — please wrap up</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="52"/>
        <source>de database</source>
        <translation>the database</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="55"/>
        <source>Het bestand is beschadigd</source>
        <translation>The file is damaged</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="56"/>
        <source>{name} is beschadigd ({detail}) en is niet geopend. Er is niets aan het bestand veranderd. Open de laatste reservekopie: het beschadigde bestand blijft dan onaangeroerd bewaard. Of kies een ander bestand.</source>
        <translation>{name} is damaged ({detail}) and has not been opened. Nothing in the file has been changed. Open the latest backup: the damaged file is then kept untouched. Or choose another file.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="60"/>
        <source>de inhoud klopt niet</source>
        <translation>the contents are inconsistent</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="65"/>
        <source>Dit is geen Erbij-bestand</source>
        <translation>This is not an Erbij file</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="66"/>
        <source>{name} is geen database van Erbij Desktop ({detail}). Het bestand is niet geopend en niet veranderd. Kies het juiste bestand of maak een nieuw bestand aan.</source>
        <translation>{name} is not an Erbij Desktop database ({detail}). The file has not been opened or changed. Choose the right file or create a new one.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="74"/>
        <source>Gemaakt met een nieuwere versie</source>
        <translation>Made with a newer version</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="75"/>
        <source>{name} is gemaakt met een nieuwere versie van Erbij Desktop. Werk de app bij om dit bestand te openen; tot die tijd blijft het onveranderd. U kunt ook een ander bestand kiezen.</source>
        <translation>{name} was made with a newer version of Erbij Desktop. Update the app to open this file; until then it stays unchanged. You can also choose another file.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="84"/>
        <source>Onbekende versie</source>
        <translation>Unknown version</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="85"/>
        <source>{name} heeft een schemaversie die deze Erbij Desktop niet kent: van een nieuwere versie van Erbij Desktop of van een ander programma. Er is niets veranderd. Kies een ander bestand, of werk de app bij als het van een nieuwere versie komt.</source>
        <translation>{name} has a schema version this Erbij Desktop does not know: from a newer version of Erbij Desktop or from another program. Nothing was changed. Choose another file, or update the app if it comes from a newer version.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="94"/>
        <source>Het bestand is al in gebruik</source>
        <translation>The file is already in use</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="95"/>
        <source>{name} is al geopend door {holder}. Twee programma&apos;s tegelijk in één bestand zouden elkaars werk overschrijven, dus is het hier niet geopend. Sluit het andere programma en probeer het opnieuw, of kies een ander bestand.</source>
        <translation>{name} is already open in {holder}. Two programs in one file at the same time would overwrite each other’s work, so it has not been opened here. Close the other program and try again, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="104"/>
        <source>Hier kan niet worden opgeslagen</source>
        <translation>Cannot save here</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="105"/>
        <source>In {what} van {name} mag niet worden geschreven (bijvoorbeeld een beveiligde USB-stick of een gedeelde map). Er is niets veranderd. Kopieer het bestand naar een map waarin u mag schrijven, zoals Documenten, en kies het daar.</source>
        <translation>{what} of {name} may not be written to (for example a protected USB stick or a shared folder). Nothing has changed. Copy the file to a folder you may write to, such as Documents, and choose it there.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="114"/>
        <source>De schijf is vol</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="118"/>
        <source>Lees- of schrijffout van de schijf</source>
        <translation>Disk read or write error</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="119"/>
        <source>De schijf meldde een fout bij het lezen of schrijven van {name}. Daaruit blijkt niet dat het bestand beschadigd is; het is niet opzij gezet of veranderd. Controleer de schijf of USB-stick en probeer het opnieuw.</source>
        <translation>The disk reported an error while reading or writing {name}. That does not show the file is damaged; it was not set aside or changed. Check the disk or USB stick and try again.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="128"/>
        <source>Terugzetten is niet gelukt</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="131"/>
        <source>Reservekopie mislukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="134"/>
        <source>De database is niet beschikbaar</source>
        <translation>The database is not available</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="135"/>
        <source>{message} Probeer het opnieuw of kies een ander bestand.</source>
        <translation>{message} Try again or choose another file.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="142"/>
        <source>Maak ruimte vrij (bijvoorbeeld door de prullenbak te legen) en probeer het opnieuw.</source>
        <translation>Free up some space (for example by emptying the trash) and try again.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="144"/>
        <source>De schijf is vol, daardoor kan de database nu niet worden geopend. Er is niets aan veranderd en alles wat erin stond is er nog.</source>
        <translation>The disk is full, so the database cannot be opened now. Nothing in it was changed and everything it held is still there.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="149"/>
        <source>De schijf is vol, daardoor is de reservekopie niet gemaakt. De database zelf is intact.</source>
        <translation>The disk is full, so the backup was not made. The database itself is intact.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="151"/>
        <source>De schijf is vol, daardoor is de reservekopie niet teruggezet. De huidige database is niet veranderd.</source>
        <translation>The disk is full, so the backup was not restored. The current database was not changed.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="156"/>
        <source>De schijf is vol, daardoor is de laatste wijziging niet opgeslagen. Alles wat eerder was opgeslagen is intact.</source>
        <translation>The disk is full, so the last change was not saved. Everything saved before is intact.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="165"/>
        <source>Laatste reservekopie openen</source>
        <translation>Open the latest backup</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="166"/>
        <source>Ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="167"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="168"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/texts.py" line="168"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StorageErrorDialog</name>
    <message>
        <location filename="../../erbij_desktop/ui/errors/storage_dialog.py" line="67"/>
        <source>Bestand: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/storage_dialog.py" line="76"/>
        <source>1 evenement</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/storage_dialog.py" line="76"/>
        <source>{n} evenementen</source>
        <translation>{n} events</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/storage_dialog.py" line="79"/>
        <source>Laatste reservekopie: {when} ({count}).</source>
        <translation>Latest backup: {when} ({count}).</translation>
    </message>
</context>
<context>
    <name>TableCountsModel</name>
    <message>
        <location filename="../../erbij_desktop/ui/models/table_counts.py" line="117"/>
        <source>Tafelhost: %1</source>
        <translation>Table host: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/table_counts.py" line="132"/>
        <source>1 bijdrage in deze ronde</source>
        <translation>1 contribution in this round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/models/table_counts.py" line="133"/>
        <source>%1 bijdragen in deze ronde</source>
        <translation>%1 contributions in this round</translation>
    </message>
</context>
<context>
    <name>TablesList</name>
    <message>
        <location filename="../../erbij_desktop/ui/capture/tables_list.py" line="118"/>
        <source>Tafels</source>
        <translation>Tables</translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="45"/>
        <source>Tafel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="47"/>
        <source>Tafel hernoemen</source>
        <translation>Rename table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="50"/>
        <source>Tafelhost</source>
        <translation>Table host</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="52"/>
        <source>Tafelhost wijzigen</source>
        <translation>Change table host</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="54"/>
        <source>Bijdragen</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="60"/>
        <source>Tafel verplaatsen</source>
        <translation>Move table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="81"/>
        <source>Aa&amp;ntal tafels:</source>
        <translation>&amp;Number of tables:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="109"/>
        <source>Naar %1 tafels</source>
        <translation>Make it %1 tables</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="109"/>
        <source>Naar 1 tafel</source>
        <translation>Make it 1 table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="138"/>
        <source>Aantal tafels</source>
        <translation>Number of tables</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="150"/>
        <source>Tafel toevoegen</source>
        <translation>Add table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="162"/>
        <source>De %1 bijdragen van deze tafel blijven bewaard, zonder tafel.</source>
        <translation>The %1 contributions of this table are kept, without a table.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="164"/>
        <source>Aan deze tafel zijn nog geen bijdragen vastgelegd.</source>
        <translation>No contributions have been captured at this table yet.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="166"/>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="174"/>
        <source>Tafel verwijderen</source>
        <translation>Delete table</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/tables_page.py" line="175"/>
        <source>‘%1’ verwijderen?</source>
        <translation>Delete ‘%1’?</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_editor.py" line="33"/>
        <source>Labels:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_editor.py" line="38"/>
        <source>Label toevoegen…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_editor.py" line="39"/>
        <source>Typ een label en druk op Enter, bijvoorbeeld ‘huisarts’.</source>
        <translation>Type a tag and press Enter, for example ‘GP’.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_editor.py" line="65"/>
        <source>Label ‘%1’ weghalen</source>
        <translation>Remove tag ‘%1’</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_editor.py" line="66"/>
        <source>Label %1, weghalen</source>
        <translation>Tag %1, remove</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_model.py" line="43"/>
        <source>1 bijdrage</source>
        <translation>1 contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_model.py" line="43"/>
        <source>%1 bijdragen</source>
        <translation>%1 contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_model.py" line="95"/>
        <source>Label en bijdragen</source>
        <translation>Tag and contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_model.py" line="95"/>
        <source>Ronde</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_model.py" line="124"/>
        <source>Dubbelklik of F2 om het label te hernoemen.</source>
        <translation>Double-click or press F2 to rename the tag.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_model.py" line="137"/>
        <source>In het verslag</source>
        <translation>In the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tag_model.py" line="137"/>
        <source>Niet in het verslag</source>
        <translation>Not in the report</translation>
    </message>
</context>
<context>
    <name>TagsPage</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="91"/>
        <source>Her&amp;noemen</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="92"/>
        <source>Label verw&amp;ijderen…</source>
        <translation>&amp;Delete tag…</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="93"/>
        <source>&amp;Tonen bij Bijdragen</source>
        <translation>&amp;Show under Contributions</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="142"/>
        <source>Nog geen labels. Geef een bijdrage labels onder Bijdragen (veld ‘Labels’).</source>
        <translation>No tags yet. Give a contribution tags under Contributions (the ‘Tags’ field).</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="146"/>
        <source>%1 labels op %2 plaatsen. Een ster betekent: staat in het verslag.</source>
        <translation>%1 tags in %2 places. A star means: in the report.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="197"/>
        <source>Label hernoemen</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="222"/>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="231"/>
        <source>Label verwijderen</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="223"/>
        <source>Label ‘%1’ verwijderen?</source>
        <translation>Delete tag ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/tags_page.py" line="225"/>
        <source>Het label gaat van %1 af; de bijdragen zelf blijven.</source>
        <translation>The tag is removed from %1; the contributions themselves remain.</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/time_fields.py" line="61"/>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/time_fields.py" line="69"/>
        <source>Vul een tijd in als 09:30 (of laat het veld leeg).</source>
        <translation>Enter a time like 09:30 (or leave the field empty).</translation>
    </message>
</context>
<context>
    <name>TimerBox</name>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="36"/>
        <source>Rondetimer</source>
        <translation>Round timer</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="48"/>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="107"/>
        <source>Starten</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="49"/>
        <source>Start, pauzeer of hervat de timer (F6)</source>
        <translation>Start, pause or resume the timer (F6)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="50"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="51"/>
        <source>Eén minuut erbij (F7)</source>
        <translation>One more minute (F7)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="52"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="53"/>
        <source>Vijf minuten erbij (Shift+F7)</source>
        <translation>Five more minutes (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="54"/>
        <source>Opnieuw</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="55"/>
        <source>Terug naar de geplande duur, gestopt</source>
        <translation>Back to the planned length, stopped</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="58"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="60"/>
        <source>Duur van de ronde (5 tot 90 minuten); aan te passen zolang de timer niet loopt</source>
        <translation>Length of the round (5 to 90 minutes); can be changed while the timer is not running</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="62"/>
        <source>Automatisch starten bij een nieuwe ronde</source>
        <translation>Start automatically with a new round</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="72"/>
        <source>Duur:</source>
        <translation>Length:</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="103"/>
        <source>Pauzeren</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="105"/>
        <source>Hervatten</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="122"/>
        <source>Tijd is om — %1 over tijd</source>
        <translation>Time is up — %1 over time</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="124"/>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="126"/>
        <source>Nog minder dan 2 minuten</source>
        <translation>Less than 2 minutes left</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="128"/>
        <source>Loopt — %1 min gepland</source>
        <translation>Running — %1 min planned</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/live/timer_box.py" line="129"/>
        <source>Klaar om te starten</source>
        <translation>Ready to start</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="35"/>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="69"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="38"/>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="74"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="67"/>
        <source>Ongedaan maken: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="72"/>
        <source>Opnieuw: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="96"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/events/undo_actions.py" line="96"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>Redone: %1</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../erbij_desktop/ui/errors/unexpected_dialog.py" line="35"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/unexpected_dialog.py" line="44"/>
        <source>&lt;b&gt;Er ging iets mis in Erbij Desktop.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Wat u al had opgeslagen is veilig: elke opgeslagen bijdrage staat op schijf. Kijk of uw laatste invoer er staat, typ die zo nodig opnieuw, en werk gewoon verder.&lt;br&gt;&lt;br&gt;Gebeurt dit vaker? Stuur dan het logbestand naar wie u helpt met de app. Het logbestand bevat geen bijdragen of andere ingevoerde tekst.</source>
        <translation>&lt;b&gt;Something went wrong in Erbij Desktop.&lt;/b&gt;&lt;br&gt;&lt;br&gt;What you had already saved is safe: every saved contribution is on disk. Check that your last entry is there, type it again if needed, and carry on.&lt;br&gt;&lt;br&gt;Does this happen more often? Then send the log file to whoever helps you with the app. The log file holds no contributions or other text you typed.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/unexpected_dialog.py" line="54"/>
        <source>Logbestand: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/unexpected_dialog.py" line="75"/>
        <source>Logmap openen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/unexpected_dialog.py" line="77"/>
        <source>Pad kopiëren</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/unexpected_dialog.py" line="79"/>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/errors/unexpected_dialog.py" line="95"/>
        <source>Dit gebeurde {count} keer.</source>
        <translation>This happened {count} times.</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="57"/>
        <source>De tekst zoals die in het verslag komt</source>
        <translation>The text as it goes into the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="60"/>
        <source>&amp;Terug naar origineel</source>
        <translation>&amp;Back to the original</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="63"/>
        <source>De eigen formulering weghalen; het verslag gebruikt weer het origineel.</source>
        <translation>Remove the own wording; the report uses the original again.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="72"/>
        <source>Zoals vastgelegd (origineel)</source>
        <translation>As captured (original)</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="74"/>
        <source>In het ver&amp;slag</source>
        <translation>&amp;In the report</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="112"/>
        <source>Geen bijdrage gekozen</source>
        <translation>No contribution chosen</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="114"/>
        <source>Kies een bijdrage in een van de lijsten om de tekst en labels te bewerken.</source>
        <translation>Choose a contribution in one of the lists to edit its text and tags.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="122"/>
        <source>Bijdrage</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="129"/>
        <source>Eigen formulering</source>
        <translation>Own wording</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/curation/wording.py" line="129"/>
        <source>Gelijk aan het origineel</source>
        <translation>Same as the original</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../erbij_desktop/ui/app.py" line="196"/>
        <source>Erbij Desktop kan niet starten</source>
        <translation>Erbij Desktop cannot start</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/app.py" line="197"/>
        <source>De database kan niet worden geopend.</source>
        <translation>The database cannot be opened.</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/confirm.py" line="33"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="24"/>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="25"/>
        <source>Deze tekst is te lang.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="26"/>
        <source>Deze naam bestaat al.</source>
        <translation>This name already exists.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="27"/>
        <source>Deze waarde valt buiten het toegestane bereik.</source>
        <translation>This value is outside the allowed range.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="28"/>
        <source>Deze tijd overlapt met een ander programmaonderdeel.</source>
        <translation>This time overlaps with another programme item.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="29"/>
        <source>Deze tijd ligt vóór de begintijd van het evenement.</source>
        <translation>This time is before the start time of the event.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="30"/>
        <source>Deze tijd ligt na de eindtijd van het evenement.</source>
        <translation>This time is after the end time of the event.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="31"/>
        <source>De eindtijd ligt niet na de begintijd.</source>
        <translation>The end time is not after the start time.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="32"/>
        <source>Dit getal kan niet negatief zijn.</source>
        <translation>This number cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="33"/>
        <source>Het programma loopt uit na de eindtijd van het evenement.</source>
        <translation>The programme runs past the end time of the event.</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/widgets/field_row.py" line="35"/>
        <source>Deze invoer is niet geldig.</source>
        <translation>This entry is not valid.</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="13"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="14"/>
        <source>Presentatie</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="15"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="16"/>
        <source>Panelgesprek</source>
        <translation>Panel discussion</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="17"/>
        <source>Rondetafelgesprek</source>
        <translation>Roundtable conversation</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="18"/>
        <source>Pauze</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="19"/>
        <source>Afsluiting</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="20"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>minutes</name>
    <message>
        <location filename="../../erbij_desktop/ui/prepare/labels.py" line="28"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
</TS>
