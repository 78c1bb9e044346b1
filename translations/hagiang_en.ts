<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/about.py" line="+33" />
            <source>Tinos fonts (regular, bold, italic, bold italic), © Google, under the SIL Open Font License 1.1 (resources/fonts/OFL.txt).</source>
            <extracomment>(distribution, licence) of every library the program ships; fonts are listed separately.</extracomment>
            <translation>Tinos fonts (regular, bold, italic, bold italic), © Google, under the SIL Open Font License 1.1 (resources/fonts/OFL.txt).</translation>
        </message>
        <message>
            <location line="+23" />
            <source>About hagiang-desktop</source>
            <translation>About hagiang-desktop</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Registering and following exemplary models under %1 – %2.</source>
            <translation>Registering and following exemplary models under %1 – %2.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Plan file: %1</source>
            <translation>Plan file: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resources: %1</source>
            <translation>Resources: %1</translation>
        </message>
    </context>
    <context>
        <name>CallPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/call_pane.py" line="+32" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last received</source>
            <translation>Last received</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Units that have sent nothing yet, are overdue, sent only after the deadline, or are short of a hard quota. Contacts are kept in the unit directory.</source>
            <translation>Units that have sent nothing yet, are overdue, sent only after the deadline, or are short of a hard quota. Contacts are kept in the unit directory.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nothing sent – %1</source>
            <translation>Nothing sent – %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not yet – %1</source>
            <translation>Not yet – %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sent late (supplement)</source>
            <translation>Sent late (supplement)</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/close.py" line="+19" />
            <source>Close %1</source>
            <translation>Close %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A closed unit stays in the history and in old lists; it is no longer offered for new registrations after that day.</source>
            <translation>A closed unit stays in the history and in old lists; it is no longer offered for new registrations after that day.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Last day:</source>
            <translation>&amp;Last day:</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/edit_conflict.py" line="+148" />
            <source>Save my version over theirs</source>
            <extracomment>The clerk's choices. Pixels added to a row's wrapped text, above and below it together. The background of a field that differs (a soft yellow, readable in the light and dark themes' text).</extracomment>
            <translation>Save my version over theirs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep their version (drop my changes)</source>
            <translation>Keep their version (drop my changes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go on editing</source>
            <translation>Go on editing</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Item of the form</source>
            <translation>Item of the form</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved by %1</source>
            <translation>Saved by %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your version</source>
            <translation>Your version</translation>
        </message>
    </context>
    <context>
        <name>CoveragePane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/coverage_pane.py" line="+38" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 – none yet</source>
            <translation>0 – none yet</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Registrations by field and kind (plan III.2)</source>
            <translation>Registrations by field and kind (plan III.2)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 registrations; %2 of %3 fields covered. By kind: %4</source>
            <translation>%1 registrations; %2 of %3 fields covered. By kind: %4</translation>
        </message>
    </context>
    <context>
        <name>CriteriaChecklist</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/criteria_checklist.py" line="+84" />
            <source>Plan 127/KH-UBND, clause %1:
%2</source>
            <translation>Plan 127/KH-UBND, clause %1:
%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Evidence (optional)</source>
            <translation>Evidence (optional)</translation>
        </message>
    </context>
    <context>
        <name>DashboardCharts</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/dashboard_charts.py" line="+110" />
            <source>Registrations received (running total)</source>
            <extracomment>Dash patterns for the deadlines, in plan order (black ink only). Hatch patterns for the kinds of nominee in the field chart.</extracomment>
            <translation>Registrations received (running total)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Registrations</source>
            <translation>Registrations</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Last day %1</source>
            <translation>Last day %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>As of %1</source>
            <translation>As of %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Registrations by field</source>
            <translation>Registrations by field</translation>
        </message>
    </context>
    <context>
        <name>DashboardTexts</name>
        <message numerus="yes">
            <location filename="../hagiang_desktop/ui/tabs/dashboard/texts.py" line="+35" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>today is the last day</source>
            <translation>today is the last day</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>sent %1 – on time</source>
            <translation>sent %1 – on time</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sent %1 – late</source>
            <translation>sent %1 – late</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not sent yet</source>
            <translation>not sent yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 selected (advisory)</source>
            <translation>%1 selected (advisory)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <location line="+0" />
            <source>short</source>
            <translation>short</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="+216" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with the office's &amp;database</source>
            <translation>Start with the office's &amp;database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the demo data to &amp;practise</source>
            <translation>Open the demo data to &amp;practise</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The demo data is a separate practice file (%1) for Phòng Nội vụ huyện Đồng Văn; the office's database stays untouched. Open the office's database again from File → Recent databases.</source>
            <translation>The demo data is a separate practice file (%1) for Phòng Nội vụ huyện Đồng Văn; the office's database stays untouched. Open the office's database again from File → Recent databases.</translation>
        </message>
    </context>
    <context>
        <name>DatabasePage</name>
        <message>
            <location line="-144" />
            <source>Where the data is kept</source>
            <translation>Where the data is kept</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The office's database is one file. Keep the suggested place unless your office keeps its data elsewhere (e.g. a folder that is backed up). A file that does not exist yet is created.</source>
            <translation>The office's database is one file. Keep the suggested place unless your office keeps its data elsewhere (e.g. a folder that is backed up). A file that does not exist yet is created.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This window works on a database on the server. The office, the signing key and the signer you choose are kept there; to work on another database, open it with File → Recent databases or start the program with its address.</source>
            <translation>This window works on a database on the server. The office, the signing key and the signer you choose are kept there; to work on another database, open it with File → Recent databases or start the program with its address.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Database file</source>
            <translation>Database file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database (*.sqlite3)</source>
            <translation>Database (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>DeadlineDashboardTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/deadline_dashboard.py" line="+91" />
            <source>&amp;Today</source>
            <extracomment>A file was written: the message naming it, and its path (the window adds "Open the file").</extracomment>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who to call → E&amp;xcel…</source>
            <translation>Who to call → E&amp;xcel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print who to call (PDF)…</source>
            <translation>&amp;Print who to call (PDF)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print c&amp;harts (PDF)…</source>
            <translation>Print c&amp;harts (PDF)…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Deadlines and stages</source>
            <translation>Deadlines and stages</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Coverage and our list</source>
            <translation>Coverage and our list</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Who to call</source>
            <translation>Who to call</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Receipts register</source>
            <translation>Receipts register</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Computing the figures as of %1…</source>
            <translation>Computing the figures as of %1…</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Writing the who-to-call list…</source>
            <translation>Writing the who-to-call list…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who to call: %1 unit(s) written to %2</source>
            <translation>Who to call: %1 unit(s) written to %2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 – as of %2</source>
            <translation>%1 – as of %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Charts written to %1</source>
            <translation>Charts written to %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>charts</source>
            <translation>charts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>who-to-call</source>
            <translation>who-to-call</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the charts</source>
            <translation>Save the charts</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+10" />
            <location line="+30" />
            <source>Save the who-to-call list</source>
            <translation>Save the who-to-call list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Cannot write %1: %2. No partial file was left.</source>
            <translation>Cannot write %1: %2. No partial file was left.</translation>
        </message>
        <message numerus="yes">
            <location line="+63" />
            <source>%n model(s) changed since sent: send a supplement bundle</source>
            <translation>
                <numerusform>%n model changed since sent: send a supplement bundle</numerusform>
                <numerusform>%n models changed since sent: send a supplement bundle</numerusform>
            </translation>
        </message>
        <message>
            <location line="-220" />
            <source>&amp;As of:</source>
            <translation>&amp;As of:</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <location line="+218" />
            <source>%1/%2 units have sent</source>
            <translation>%1/%2 units have sent</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n with late models</source>
            <translation>
                <numerusform>%n with late models</numerusform>
                <numerusform>%n with late models</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n not sent yet</source>
            <translation>
                <numerusform>%n not sent yet</numerusform>
                <numerusform>%n not sent yet</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2/%3 models selected</source>
            <translation>%1: %2/%3 models selected</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 models selected</source>
            <translation>%1: %2 models selected</translation>
        </message>
        <message>
            <location line="+6" />
            <source>list sent (bundle built)</source>
            <translation>list sent (bundle built)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s) left to %1</source>
            <translation>
                <numerusform>%n day left to %1</numerusform>
                <numerusform>%n days left to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s) past %1</source>
            <translation>
                <numerusform>%n day past %1</numerusform>
                <numerusform>%n days past %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/deadlines_pane.py" line="+50" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <location line="-21" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+21" />
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Who sends</source>
            <translation>Who sends</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessed / due</source>
            <translation>Assessed / due</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+20" />
            <source>Replication activities</source>
            <translation>Replication activities</translation>
        </message>
        <message>
            <location line="-19" />
            <location line="+20" />
            <source>Commendations</source>
            <translation>Commendations</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Due (estimated)</source>
            <translation>Due (estimated)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Assessed %1</source>
            <translation>Assessed %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Deadlines of the plan (“trước ngày X”: the last day is X − 1)</source>
            <translation>Deadlines of the plan (“trước ngày X”: the last day is X − 1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Follow-up stages: models assessed</source>
            <translation>Follow-up stages: models assessed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Follow-up per unit and field</source>
            <translation>Follow-up per unit and field</translation>
        </message>
        <message>
            <location line="+19" />
            <source>(under: %1)</source>
            <translation>(under: %1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no model to assess</source>
            <translation>no model to assess</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 / %2 (%3%)</source>
            <translation>%1 / %2 (%3%)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>about %1</source>
            <translation>about %1</translation>
        </message>
    </context>
    <context>
        <name>DeleteController</name>
        <message numerus="yes">
            <location filename="../hagiang_desktop/ui/tabs/nomination_delete.py" line="+43" />
            <source>Delete %n nomination(s)? A record of each is kept in the audit log.</source>
            <translation>
                <numerusform>Delete %n nomination? A record of each is kept in the audit log.</numerusform>
                <numerusform>Delete %n nominations? A record of each is kept in the audit log.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete nomination #%1 “%2” (%3)? A record of it is kept in the audit log.</source>
            <translation>Delete nomination #%1 “%2” (%3)? A record of it is kept in the audit log.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete nomination</source>
            <translation>Delete nomination</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot delete</source>
            <translation>Cannot delete</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nomination #%1 no longer exists (it may have been deleted in another window). Nothing was deleted; the list has been refreshed.</source>
            <translation>Nomination #%1 no longer exists (it may have been deleted in another window). Nothing was deleted; the list has been refreshed.</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/edit_conflict.py" line="+57" />
            <source>Someone else saved this nomination</source>
            <translation>Someone else saved this nomination</translation>
        </message>
        <message>
            <location line="-2" />
            <source>another clerk</source>
            <translation>another clerk</translation>
        </message>
        <message>
            <location line="+5" />
            <source>While you were editing nomination #%1, %2 saved a change to it. Nothing of yours is saved yet. Compare the two versions and choose.</source>
            <translation>While you were editing nomination #%1, %2 saved a change to it. Nothing of yours is saved yet. Compare the two versions and choose.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="+141" />
            <source>Setting up hagiang-desktop</source>
            <translation>Setting up hagiang-desktop</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FollowupPanel</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/followup_panel.py" line="+172" />
            <source>Save the nomination first; its follow-up is kept with it.</source>
            <translation>Save the nomination first; its follow-up is kept with it.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+10" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Assessments per stage of the plan</source>
            <translation>Assessments per stage of the plan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+17" />
            <location line="+17" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location line="+12" />
            <source>What, where, who took part</source>
            <translation>What, where, who took part</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replication activities</source>
            <translation>Replication activities</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Title (e.g. Bằng khen của Chủ tịch UBND tỉnh)</source>
            <translation>Title (e.g. Bằng khen của Chủ tịch UBND tỉnh)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decision no.</source>
            <translation>Decision no.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Commendations received</source>
            <translation>Commendations received</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Write a description or title first.</source>
            <translation>Write a description or title first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a stage of the plan.</source>
            <translation>Choose a stage of the plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record no longer exists.</source>
            <translation>This record no longer exists.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is outside this stage of the plan (%1).</source>
            <translation>The date is outside this stage of the plan (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date is outside the plan's follow-up (%1).</source>
            <translation>The date is outside the plan's follow-up (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Remove record</source>
            <translation>Remove record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected record? A copy is kept in the audit log.</source>
            <translation>Remove the selected record? A copy is kept in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>FormsChoiceDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/forms_choice.py" line="+57" />
            <source>Print registration forms</source>
            <extracomment>the models selected for the list (selected, submitted, accepted, changed) the rows highlighted in the Nominations tab, any status one unit's (and its sub-units') models on the list</extracomment>
            <translation>Print registration forms</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The models selected for the list (“%1” and after): %n form(s)</source>
            <translation>
                <numerusform>The models selected for the list (“%1” and after): %n form</numerusform>
                <numerusform>The models selected for the list (“%1” and after): %n forms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>The %n row(s) highlighted in the Nominations list</source>
            <translation>
                <numerusform>The %n row highlighted in the Nominations list</numerusform>
                <numerusform>The %n rows highlighted in the Nominations list</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>(%n of them not selected for the list)</source>
            <translation>
                <numerusform>(%n of them not selected for the list)</numerusform>
                <numerusform>(%n of them not selected for the list)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>One unit's models on the list:</source>
            <translation>One unit's models on the list:</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Which forms should be printed?</source>
            <translation>Which forms should be printed?</translation>
        </message>
        <message numerus="yes">
            <location line="+36" />
            <source>%n form(s)</source>
            <translation>
                <numerusform>%n form</numerusform>
                <numerusform>%n forms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n form(s) will be printed.</source>
            <translation>
                <numerusform>%n form will be printed.</numerusform>
                <numerusform>%n forms will be printed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/help_viewer.py" line="+53" />
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Find in the guide (Enter: next)</source>
            <translation>Find in the guide (Enter: next)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/import_preview.py" line="+34" />
            <source>Import the directory – preview</source>
            <translation>Import the directory – preview</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To add</source>
            <translation>To add</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To change</source>
            <translation>To change</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>To close</source>
            <translation>To close</translation>
        </message>
        <message>
            <location line="+1" />
            <source>last day %1</source>
            <translation>last day %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code / column</source>
            <translation>Code / column</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 added, %2 changed, %3 closed, %4 unchanged.</source>
            <translation>%1 added, %2 changed, %3 closed, %4 unchanged.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 error(s): correct the file and import it again; nothing will be changed.</source>
            <translation>%1 error(s): correct the file and import it again; nothing will be changed.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The import was cancelled; nothing was written. Import again or close.</source>
            <translation>The import was cancelled; nothing was written. Import again or close.</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="-126" />
            <source>The signing key</source>
            <translation>The signing key</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The lists sent to the province are signed with the office's key, protected by a passphrase. It can also be created later from the Bundles menu.</source>
            <translation>The lists sent to the province are signed with the office's key, protected by a passphrase. It can also be created later from the Bundles menu.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Create the signing key &amp;now</source>
            <translation>Create the signing key &amp;now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This database already has a signing key.</source>
            <translation>This database already has a signing key.</translation>
        </message>
    </context>
    <context>
        <name>LetterheadDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/letterhead.py" line="+43" />
            <source>Letterhead and signature</source>
            <translation>Letterhead and signature</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Registration list</source>
            <translation>Registration list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covering letter</source>
            <translation>Covering letter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registration forms (receiving line)</source>
            <translation>Registration forms (receiving line)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key form</source>
            <translation>Key form</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Apply to every document</source>
            <translation>Apply to every document</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Document:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Superior body (line above):</source>
            <translation>Superior body (line above):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issuing body:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document symbol:</source>
            <translation>Document symbol:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authority:</source>
            <translation>Authority:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer's title:</source>
            <translation>Signer's title:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer's name:</source>
            <translation>Signer's name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients (one per line):</source>
            <translation>Recipients (one per line):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature as printed:</source>
            <translation>Signature as printed:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the forms, a recipient line replaces the “Kính gửi” worked out from each unit's place in the directory.</source>
            <translation>For the forms, a recipient line replaces the “Kính gửi” worked out from each unit's place in the directory.</translation>
        </message>
    </context>
    <context>
        <name>LinksDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/links.py" line="+63" />
            <source>Predecessors and successors of %1</source>
            <translation>Predecessors and successors of %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Predecessor</source>
            <translation>Predecessor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successor</source>
            <translation>Successor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Remove link</source>
            <translation>&amp;Remove link</translation>
        </message>
        <message>
            <location line="+4" />
            <source>is succeeded by</source>
            <translation>is succeeded by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>succeeds</source>
            <translation>succeeds</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Nghị quyết 1267/NQ-UBTVQH15</source>
            <translation>e.g. Nghị quyết 1267/NQ-UBTVQH15</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Merge from this date: close the predecessor the day before and move its nominations</source>
            <translation>Merge from this date: close the predecessor the day before and move its nominations</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add link</source>
            <translation>&amp;Add link</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This unit:</source>
            <translation>This unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Other unit:</source>
            <translation>&amp;Other unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Change:</source>
            <translation>&amp;Change:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal &amp;basis:</source>
            <translation>Legal &amp;basis:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document &amp;date:</source>
            <translation>Document &amp;date:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Choose the other unit from the list.</source>
            <translation>Choose the other unit from the list.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../hagiang_desktop/ui/main_window.py" line="+87" />
            <source>&amp;Unit directory</source>
            <translation>&amp;Unit directory</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Nominations</source>
            <translation>&amp;Nominations</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Deadline dashboard</source>
            <translation>&amp;Deadline dashboard</translation>
        </message>
        <message>
            <location line="+148" />
            <source>Save or discard the nomination form before choosing another office.</source>
            <translation>Save or discard the nomination form before choosing another office.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no office chosen</source>
            <translation>no office chosen</translation>
        </message>
        <message>
            <location line="-192" />
            <location line="+195" />
            <source>Exemplary models – Plan 127</source>
            <translation>Exemplary models – Plan 127</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Office: %1</source>
            <translation>Office: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location line="-49" />
            <location line="+111" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="-287" />
            <source>Opening the database…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <location line="+244" />
            <source>Server database: %1</source>
            <translation>Server database: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clerk: %1</source>
            <translation>Clerk: %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The nomination form has changes that are not saved. Save them before closing?</source>
            <translation>The nomination form has changes that are not saved. Save them before closing?</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/move.py" line="+20" />
            <source>Move %1</source>
            <translation>Move %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put &lt;b&gt;%1&lt;/b&gt; and everything under it under:</source>
            <translation>Put &lt;b&gt;%1&lt;/b&gt; and everything under it under:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;parent:</source>
            <translation>New &amp;parent:</translation>
        </message>
    </context>
    <context>
        <name>NominationEntryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_entry.py" line="+297" />
            <source>Sent to the province.</source>
            <translation>Sent to the province.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sent to the province on %1 (%2).</source>
            <translation>Sent to the province on %1 (%2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>marked by hand</source>
            <translation>marked by hand</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Accepted on %1.</source>
            <translation>Accepted on %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The record is read-only so that it matches what was signed.</source>
            <translation>The record is read-only so that it matches what was signed.</translation>
        </message>
        <message>
            <location line="+202" />
            <source>Possible duplicate: same name in the same field and year: %1. Open it to compare; you decide whether they are the same.</source>
            <translation>Possible duplicate: same name in the same field and year: %1. Open it to compare; you decide whether they are the same.</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Deleted %n nomination(s).</source>
            <translation>
                <numerusform>Deleted %n nomination.</numerusform>
                <numerusform>Deleted %n nominations.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+59" />
            <source>Edit and save it; then build a supplement bundle (Bundles menu) to send the change.</source>
            <translation>Edit and save it; then build a supplement bundle (Bundles menu) to send the change.</translation>
        </message>
        <message numerus="yes">
            <location line="-3" />
            <source>%n nomination(s) now “%1”.</source>
            <translation>
                <numerusform>%n nomination now “%1”.</numerusform>
                <numerusform>%n nominations now “%1”.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-325" />
            <source>New nomination</source>
            <extracomment>How long after the last change the crash draft is written: short enough that a power cut loses a few letters at most, long enough not to write on every key.</extracomment>
            <translation>New nomination</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nomination #%1</source>
            <translation>Nomination #%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>supplement (bổ sung)</source>
            <translation>supplement (bổ sung)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unsaved</source>
            <translation>unsaved</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The form has changes that are not saved. Discard them?</source>
            <translation>The form has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Cannot open</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Unsaved typing from %1 was restored (the program was closed without saving). Check it and save it with Ctrl+S, or discard it.</source>
            <translation>Unsaved typing from %1 was restored (the program was closed without saving). Check it and save it with Ctrl+S, or discard it.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Cannot save</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved nomination #%1.</source>
            <translation>Saved nomination #%1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It does not meet every criterion yet.</source>
            <translation>It does not meet every criterion yet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received after the deadline: marked as a supplement.</source>
            <translation>Received after the deadline: marked as a supplement.</translation>
        </message>
    </context>
    <context>
        <name>NominationFilterBar</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/nomination_filter_bar.py" line="+47" />
            <source>(any)</source>
            <translation>(any)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>Not eligible</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Supplements only</source>
            <translation>Supplements only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time only</source>
            <translation>On time only</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Field:</source>
            <translation>Field:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bloc, cluster:</source>
            <translation>Bloc, cluster:</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering unit:</source>
            <translation>Registering unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligibility:</source>
            <translation>Eligibility:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplement:</source>
            <translation>Supplement:</translation>
        </message>
    </context>
    <context>
        <name>NominationForm</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/nomination_form.py" line="+151" />
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(not given)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location line="-25" />
            <source>name of the field, e.g. Tư pháp</source>
            <extracomment>Text widgets whose consecutive edits merge into one undo step (typing a word, not a letter).</extracomment>
            <translation>name of the field, e.g. Tư pháp</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A field beyond the plan's eight (III.2 names criteria for "some fields"): only the general criteria III.1 apply. A household only when its model is not an economic one (household economy is field 2.8).</source>
            <translation>A field beyond the plan's eight (III.2 names criteria for "some fields"): only the general criteria III.1 apply. A household only when its model is not an economic one (household economy is field 2.8).</translation>
        </message>
        <message>
            <location line="+47" />
            <source>(none; choose or type an honour)</source>
            <translation>(none; choose or type an honour)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Field:</source>
            <translation>&amp;Field:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field's name:</source>
            <translation>Field's name:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;gistering unit:</source>
            <translation>Re&amp;gistering unit:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Position:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work unit:</source>
            <translation>Work unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender:</source>
            <translation>Gender:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year of birth:</source>
            <translation>Year of birth:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Collective</source>
            <translation>Collective</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit in the directory:</source>
            <translation>Unit in the directory:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Head of household:</source>
            <translation>Head of household:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village:</source>
            <translation>Village:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commune:</source>
            <translation>Commune:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Achievements and good practice</source>
            <translation>Achievements and good practice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary of achievements:</source>
            <translation>Summary of achievements:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good practice (cách làm hay):</source>
            <translation>Good practice (cách làm hay):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replication plan:</source>
            <translation>Replication plan:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target honour:</source>
            <translation>Target honour:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Received on:</source>
            <translation>Received on:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Criteria of Plan 127</source>
            <translation>Criteria of Plan 127</translation>
        </message>
        <message>
            <location line="+146" />
            <source>Received after the unit's deadline: it will be marked as a supplement (“bổ sung”, plan IV.2), never refused.</source>
            <translation>Received after the unit's deadline: it will be marked as a supplement (“bổ sung”, plan IV.2), never refused.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>General criteria (III.1)</source>
            <translation>General criteria (III.1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criteria of field %1</source>
            <translation>Criteria of field %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Ticks that no longer apply and were dropped: %1</source>
            <translation>Ticks that no longer apply and were dropped: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Eligible: meets every general and field criterion.</source>
            <translation>Eligible: meets every general and field criterion.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not eligible yet. Missing: %1</source>
            <translation>Not eligible yet. Missing: %1</translation>
        </message>
    </context>
    <context>
        <name>NominationFormPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_form_pane.py" line="+78" />
            <source>&amp;Registration</source>
            <translation>&amp;Registration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status &amp;history</source>
            <translation>Status &amp;history</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ollow-up 2018–2020</source>
            <translation>F&amp;ollow-up 2018–2020</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ne&amp;w</source>
            <translation>Ne&amp;w</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo the last change in the form (Ctrl+Z)</source>
            <translation>Undo the last change in the form (Ctrl+Z)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo (Ctrl+Y)</source>
            <translation>Redo (Ctrl+Y)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Discard restored typing</source>
            <translation>Discard restored typing</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Edit after submission…</source>
            <translation>Edit after submission…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark it “Changed since sent” with the reason; it can then be edited and goes to the province again in the next supplement bundle</source>
            <translation>Mark it “Changed since sent” with the reason; it can then be edited and goes to the province again in the next supplement bundle</translation>
        </message>
    </context>
    <context>
        <name>NominationListPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_list_pane.py" line="+72" />
            <source>Search name, unit or achievements (Ctrl+F)</source>
            <translation>Search name, unit or achievements (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering unit</source>
            <translation>Registering unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <location line="+54" />
            <source>Supplement</source>
            <translation>Supplement</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Does not meet every criterion of its field and kind</source>
            <translation>Does not meet every criterion of its field and kind</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Change s&amp;tatus of selected…</source>
            <translation>Change s&amp;tatus of selected…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the status of the selected rows (Ctrl+Shift+T)</source>
            <translation>Change the status of the selected rows (Ctrl+Shift+T)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Collective</source>
            <translation>Collective</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n nomination(s)</source>
            <translation>
                <numerusform>%n nomination</numerusform>
                <numerusform>%n nominations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="-102" />
            <source>The office</source>
            <translation>The office</translation>
        </message>
    </context>
    <context>
        <name>OfficePickerDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/office_picker.py" line="+65" />
            <source>Choose the office</source>
            <extracomment>Role holding each row's folded "name code parent" text, which the search filters on.</extracomment>
            <translation>Choose the office</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which unit does this computer work for? For a district's Interior office choose “Phòng Nội vụ huyện …”. The choice limits the nomination list, the dashboard and the exports to the units it covers; it can be changed later in Settings.</source>
            <translation>Which unit does this computer work for? For a district's Interior office choose “Phòng Nội vụ huyện …”. The choice limits the nomination list, the dashboard and the exports to the units it covers; it can be changed later in Settings.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type part of the name, e.g. noi vu dong van</source>
            <translation>Type part of the name, e.g. noi vu dong van</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Chosen: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
            <translation>Chosen: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No unit chosen yet: type part of its name and pick it in the list.</source>
            <translation>No unit chosen yet: type part of its name and pick it in the list.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/pdf_preview.py" line="+55" />
            <source>Print preview – %1</source>
            <extracomment>Resolution at which pages are rendered for the printer: sharp text, bounded memory (A4 ≈ 35 MB).</extracomment>
            <translation>Print preview – %1</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open in the system &amp;viewer</source>
            <translation>Open in the system &amp;viewer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pages from</source>
            <translation>Pages from</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/receipts_register.py" line="+74" />
            <source>Correct a receipt</source>
            <translation>Correct a receipt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Log a receipt</source>
            <translation>Log a receipt</translation>
        </message>
        <message>
            <location line="+12" />
            <source>e.g. 12/UBND</source>
            <translation>e.g. 12/UBND</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Received on:</source>
            <translation>&amp;Received on:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Channel:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document &amp;number:</source>
            <translation>Document &amp;number:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Choose the unit from the list (type part of its name).</source>
            <translation>Choose the unit from the list (type part of its name).</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsRegister</name>
        <message>
            <location line="+30" />
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Log a receipt…</source>
            <translation>&amp;Log a receipt…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;orrect…</source>
            <translation>C&amp;orrect…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Receipts register</source>
            <translation>Receipts register</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This receipt no longer exists; it may have been deleted.</source>
            <translation>This receipt no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the unit from the list (type part of its name).</source>
            <translation>Choose the unit from the list (type part of its name).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Delete receipt</source>
            <translation>Delete receipt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the receipt of %1 dated %2?</source>
            <translation>Delete the receipt of %1 dated %2?</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/settings.py" line="+49" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+23" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Takes effect when the program is started again.</source>
            <translation>Takes effect when the program is started again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location line="+4" />
            <source>asked each time</source>
            <translation>asked each time</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The data on this server is the province's inbox (Ban TĐKT – Sở Nội vụ)</source>
            <translation>The data on this server is the province's inbox (Ban TĐKT – Sở Nội vụ)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer is the province's inbox (Ban TĐKT – Sở Nội vụ)</source>
            <translation>This computer is the province's inbox (Ban TĐKT – Sở Nội vụ)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Office:</source>
            <translation>Office:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Letterhead and signature:</source>
            <translation>Letterhead and signature:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your name, as the change history shows it</source>
            <translation>Your name, as the change history shows it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clerk name:</source>
            <translation>Clerk name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Font size:</source>
            <translation>Font size:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Folder for “Back up now”:</source>
            <translation>Folder for “Back up now”:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Automatic backups kept:</source>
            <translation>Automatic backups kept:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mode:</source>
            <translation>Mode:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>no office chosen</source>
            <translation>no office chosen</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Folder for backups</source>
            <translation>Folder for backups</translation>
        </message>
    </context>
    <context>
        <name>SignaturePage</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/first_run.py" line="+134" />
            <source>Who signs</source>
            <translation>Who signs</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The names printed under the signatures. The list and the covering letter are signed for the district's people's committee; the key form by the office's head. Titles, symbols and recipients can be changed in Settings → Letterhead and signature. Leave a name empty to write it by hand.</source>
            <translation>The names printed under the signatures. The list and the covering letter are signed for the district's people's committee; the key form by the office's head. Titles, symbols and recipients can be changed in Settings → Letterhead and signature. Leave a name empty to write it by hand.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Signs the list and the letter:</source>
            <translation>Signs the list and the letter:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head of the office:</source>
            <translation>Head of the office:</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/split_dialog.py" line="+86" />
            <source>Split %1 from a date</source>
            <extracomment>Does the split: (successor codes, first day, nomination id → successor code, legal basis) → how many nominations moved. Raises UnitEditError when refused. The successor column of the nominations' table.</extracomment>
            <translation>Split %1 from a date</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Split</source>
            <translation>&amp;Split</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+23" />
            <source>1. The units %1 becomes. It is closed the day before the date below and linked to each; the next step sends each of its nominations to one of them. Add a new unit first (Add…, existing from that date) if it is not in the directory yet.</source>
            <translation>1. The units %1 becomes. It is closed the day before the date below and linked to each; the next step sends each of its nominations to one of them. Add a new unit first (Add…, existing from that date) if it is not in the directory yet.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Add successor</source>
            <translation>&amp;Add successor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location line="+7" />
            <source>e.g. Nghị quyết 1267/NQ-UBTVQH15</source>
            <translation>e.g. Nghị quyết 1267/NQ-UBTVQH15</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Successor:</source>
            <translation>&amp;Successor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successors:</source>
            <translation>Successors:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First day of the successors:</source>
            <translation>&amp;First day of the successors:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal &amp;basis:</source>
            <translation>Legal &amp;basis:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose the successor from the list.</source>
            <translation>Choose the successor from the list.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A unit cannot succeed itself.</source>
            <translation>A unit cannot succeed itself.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A split has at least two successors. A unit that becomes one other is a merge (History links…).</source>
            <translation>A split has at least two successors. A unit that becomes one other is a merge (History links…).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Send &amp;all there</source>
            <translation>Send &amp;all there</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nomination</source>
            <translation>Nomination</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Goes to</source>
            <translation>Goes to</translation>
        </message>
        <message>
            <location line="+13" />
            <source>All &amp;to:</source>
            <translation>All &amp;to:</translation>
        </message>
        <message>
            <location line="+17" />
            <source>2. From %1, %2 is closed. Choose where each of its %3 nomination(s) goes; a row left empty stops the split.</source>
            <translation>2. From %1, %2 is closed. Choose where each of its %3 nomination(s) goes; a row left empty stops the split.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Choose where each nomination goes: %1 of %2 have no successor yet (first: %3).</source>
            <translation>Choose where each nomination goes: %1 of %2 have no successor yet (first: %3).</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/status_panel.py" line="+61" />
            <source>→ %1</source>
            <extracomment>The order the transition buttons appear in (the forward step first).</extracomment>
            <translation>→ %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the status to “%1”…</source>
            <translation>Change the status to “%1”…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Status: not saved yet</source>
            <translation>Status: not saved yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not eligible</source>
            <translation>not eligible</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(selected by override)</source>
            <translation>(selected by override)</translation>
        </message>
    </context>
    <context>
        <name>StatusChangeDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/status_dialog.py" line="+47" />
            <source>Change status</source>
            <translation>Change status</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n nomination(s) will change.</source>
            <translation>
                <numerusform>%n nomination will change.</numerusform>
                <numerusform>%n nominations will change.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>New &amp;status:</source>
            <translation>New &amp;status:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Override reason:</source>
            <translation>&amp;Override reason:</translation>
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%n of them do not meet every criterion. Selecting them for the upward list needs an override reason, kept in the history.</source>
            <translation>
                <numerusform>%n of them do not meet every criterion. Selecting them for the upward list needs an override reason, kept in the history.</numerusform>
                <numerusform>%n of them do not meet every criterion. Selecting them for the upward list needs an override reason, kept in the history.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>A returned nomination needs a reason.</source>
            <translation>A returned nomination needs a reason.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write why it is changed after it was sent.</source>
            <translation>Write why it is changed after it was sent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write the override reason.</source>
            <translation>Write the override reason.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No status change is allowed for these nominations.</source>
            <translation>No status change is allowed for these nominations.</translation>
        </message>
    </context>
    <context>
        <name>StatusController</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_status.py" line="+128" />
            <location line="+49" />
            <source>Change the status</source>
            <extracomment>A long selection is read this many rows per query (in a worker), with progress between.</extracomment>
            <translation>Change the status</translation>
        </message>
        <message numerus="yes">
            <location line="-48" />
            <source>Reading the %n selected nomination(s)…</source>
            <translation>
                <numerusform>Reading the %n selected nomination…</numerusform>
                <numerusform>Reading the %n selected nominations…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+50" />
            <source>Changing the status of %n nomination(s)…
Cancel stops it: then no status changes.</source>
            <translation>
                <numerusform>Changing the status of %n nomination…
Cancel stops it: then no status changes.</numerusform>
                <numerusform>Changing the status of %n nominations…
Cancel stops it: then no status changes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>This status change is not allowed from “%1”.</source>
            <translation>This status change is not allowed from “%1”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A returned or changed nomination needs a reason.</source>
            <translation>A returned or changed nomination needs a reason.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A nomination that does not meet every criterion can be selected only with an override reason.</source>
            <translation>A nomination that does not meet every criterion can be selected only with an override reason.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot change the status</source>
            <translation>Cannot change the status</translation>
        </message>
    </context>
    <context>
        <name>StatusHistory</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/status_panel.py" line="+15" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From → to</source>
            <translation>From → to</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Override reason: %1</source>
            <translation>Override reason: %1</translation>
        </message>
    </context>
    <context>
        <name>UnitConflictDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/conflict.py" line="+107" />
            <source>another clerk</source>
            <translation>another clerk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else saved this unit</source>
            <translation>Someone else saved this unit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>While you were editing %1 (%2), %3 saved a change to it. Nothing of yours is saved yet. The items that differ are highlighted: compare the two versions and choose.</source>
            <translation>While you were editing %1 (%2), %3 saved a change to it. Nothing of yours is saved yet. The items that differ are highlighted: compare the two versions and choose.</translation>
        </message>
    </context>
    <context>
        <name>UnitDirectoryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory.py" line="+85" />
            <source>Search units, e.g. dong van</source>
            <extracomment>Wait this long after the last keystroke before searching (typing "hoang su phi" is one search). Show at most this many matches: a search for one letter matches thousands of units, and a list that long helps nobody (the label says how many there are and asks for more letters).</extracomment>
            <translation>Search units, e.g. dong van</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show c&amp;losed units</source>
            <translation>Show c&amp;losed units</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole &amp;province</source>
            <translation>Whole &amp;province</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tree</source>
            <translation>Tree</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time?</source>
            <translation>On time?</translation>
        </message>
        <message>
            <location line="+39" />
            <source>&amp;Search:</source>
            <extracomment>The edits and the files, each its own controller; the tab shows and selects.</extracomment>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit &amp;kind:</source>
            <translation>Unit &amp;kind:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Group:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>As &amp;of:</source>
            <translation>As &amp;of:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;View:</source>
            <translation>&amp;View:</translation>
        </message>
        <message>
            <location line="+53" />
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move…</source>
            <translation>&amp;Move…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lose…</source>
            <translation>C&amp;lose…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;open</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;History links…</source>
            <translation>&amp;History links…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;plit from a date…</source>
            <translation>S&amp;plit from a date…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export this &amp;branch…</source>
            <translation>Export this &amp;branch…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Make this my &amp;office</source>
            <translation>Make this my &amp;office</translation>
        </message>
        <message>
            <location line="+69" />
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <location line="+27" />
            <source>exists %1 – %2</source>
            <translation>exists %1 – %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contact: %1</source>
            <translation>Contact: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 (advisory)</source>
            <translation>%1 (advisory)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>short</source>
            <translation>short</translation>
        </message>
        <message>
            <location line="+7" />
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message numerus="yes">
            <location line="+83" />
            <source>%n unit(s) found</source>
            <translation>
                <numerusform>%n unit found</numerusform>
                <numerusform>%n units found</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 of %2 units shown: type more to narrow the search</source>
            <translation>%1 of %2 units shown: type more to narrow the search</translation>
        </message>
    </context>
    <context>
        <name>UnitEditController</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory_edits.py" line="+83" />
            <location line="+89" />
            <source>Not possible</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Delete unit</source>
            <translation>Delete unit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete %1 (%2) for good? Only a unit entered by mistake should be deleted; close a unit that has ceased to exist.</source>
            <translation>Delete %1 (%2) for good? Only a unit entered by mistake should be deleted; close a unit that has ceased to exist.</translation>
        </message>
        <message numerus="yes">
            <location line="+65" />
            <source>%1 split: %n nomination(s) sent to its successors</source>
            <translation>
                <numerusform>%1 split: %n nomination sent to its successors</numerusform>
                <numerusform>%1 split: %n nominations sent to its successors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnitEditDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/edit.py" line="+75" />
            <source>Edit unit</source>
            <translation>Edit unit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add unit</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Date known:</source>
            <translation>Date known:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;hort name:</source>
            <translation>S&amp;hort name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit &amp;kind:</source>
            <translation>Unit &amp;kind:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Parent unit:</source>
            <translation>&amp;Parent unit:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exists &amp;from:</source>
            <translation>Exists &amp;from:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A change from:</source>
            <translation>A change from:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tick for a rename decided from a day: views before that day keep the old name.</source>
            <translation>Tick for a rename decided from a day: views before that day keep the old name.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Name, kind:</source>
            <translation>Name, kind:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Person in &amp;charge:</source>
            <translation>Person in &amp;charge:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emulation &amp;groups:</source>
            <translation>Emulation &amp;groups:</translation>
        </message>
    </context>
    <context>
        <name>UnitFileController</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory_files.py" line="+72" />
            <location line="+11" />
            <location line="+29" />
            <source>Import a unit directory</source>
            <translation>Import a unit directory</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Directory files (*.xlsx *.csv)</source>
            <translation>Directory files (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Checking the units of %1…
Cancel stops here; nothing is written.</source>
            <translation>Checking the units of %1…
Cancel stops here; nothing is written.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read the file</source>
            <translation>Cannot read the file</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Writing %1 units in one transaction…
Cancel stops before the end: nothing is written then.</source>
            <translation>Writing %1 units in one transaction…
Cancel stops before the end: nothing is written then.</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+12" />
            <location line="+19" />
            <source>Export the unit directory</source>
            <translation>Export the unit directory</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Writing the unit directory…</source>
            <translation>Writing the unit directory…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 units written to %2</source>
            <translation>%1 units written to %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write %1: %2. No partial file was left.</source>
            <translation>Cannot write %1: %2. No partial file was left.</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/unit_picker.py" line="+299" />
            <source>Loading the list of units…</source>
            <extracomment>A unit offered: a directory row, or the lighter choice read for the pickers. The units offered, or a function that reads them when they are first needed.</extracomment>
            <translation>Loading the list of units…</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No unit matches “%1”. Type part of its name, e.g. lung cu.</source>
            <translation>No unit matches “%1”. Type part of its name, e.g. lung cu.</translation>
        </message>
    </context>
    <context>
        <name>UnitPlanDialog</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/unit_plan_dialog.py" line="+29" />
            <source>Attach the plan (PDF or DOCX) or give its number and date.</source>
            <translation>Attach the plan (PDF or DOCX) or give its number and date.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only PDF and DOCX files can be attached: %1</source>
            <translation>Only PDF and DOCX files can be attached: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file is too large to keep (over 20 MB).</source>
            <translation>The file is too large to keep (over 20 MB).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not a PDF or Word document: %1</source>
            <translation>This file is not a PDF or Word document: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file cannot be read: %1</source>
            <translation>The file cannot be read: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This office sends no plan of its own to the province.</source>
            <translation>This office sends no plan of its own to the province.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown unit: %1</source>
            <translation>Unknown unit: %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Our replication plan (IV.1)</source>
            <translation>Our replication plan (IV.1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Plan IV.1: send the list AND the plan for fostering and replicating the exemplars of %1 to the province by the same deadline.</source>
            <translation>Plan IV.1: send the list AND the plan for fostering and replicating the exemplars of %1 to the province by the same deadline.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>no file attached</source>
            <translation>no file attached</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 45/KH-UBND</source>
            <translation>e.g. 45/KH-UBND</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Document (PDF/DOCX):</source>
            <translation>Document (PDF/DOCX):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number:</source>
            <translation>Number:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed on:</source>
            <translation>Signed on:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent to the province on:</source>
            <translation>Sent to the province on:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The plan document</source>
            <translation>The plan document</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan (*.pdf *.docx)</source>
            <translation>Plan (*.pdf *.docx)</translation>
        </message>
    </context>
    <context>
        <name>UnitsPane</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/units_pane.py" line="+51" />
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To call (not sent, late or short)</source>
            <translation>To call (not sent, late or short)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late (supplements)</source>
            <translation>Late (supplements)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not received yet</source>
            <translation>Not received yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short of quota</source>
            <translation>Short of quota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not considered for commendation (IV.1)</source>
            <translation>Not considered for commendation (IV.1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All blocs and clusters</source>
            <translation>All blocs and clusters</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search unit or contact (tone marks optional)</source>
            <translation>Search unit or contact (tone marks optional)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Double-click a unit to see its nominations</source>
            <translation>Double-click a unit to see its nominations</translation>
        </message>
        <message>
            <location line="+50" />
            <source>%1 of %2 shown</source>
            <translation>%1 of %2 shown</translation>
        </message>
        <message>
            <location line="+9" />
            <source>IV.1: each district and provincial body sends its list and its own plan for fostering and replicating the exemplars to the province by the same deadline.</source>
            <translation>IV.1: each district and provincial body sends its list and its own plan for fostering and replicating the exemplars to the province by the same deadline.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not registered</source>
            <translation>not registered</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registered nothing by its deadline: to follow up. Plan IV.1 (no commendation) addresses the districts and the provincial bodies, not the units under them.</source>
            <translation>Registered nothing by its deadline: to follow up. Plan IV.1 (no commendation) addresses the districts and the provincial bodies, not the units under them.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Submissions: each receipt logged in the register is one; registrations received on a day without a receipt make one more for that day.</source>
            <translation>Submissions: each receipt logged in the register is one; registrations received on a day without a receipt make one more for that day.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Submissions</source>
            <translation>Submissions</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+62" />
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <location line="-56" />
            <location line="+57" />
            <source>Late (supplement)</source>
            <translation>Late (supplement)</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Models registered</source>
            <translation>Models registered</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Own plan (IV.1)</source>
            <translation>Own plan (IV.1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Eligible / not</source>
            <translation>Eligible / not</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last received</source>
            <translation>Last received</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consequence (IV.1)</source>
            <translation>Consequence (IV.1)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not yet – %1</source>
            <translation>Not yet – %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Missing – %1</source>
            <translation>Missing – %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not expected</source>
            <translation>Not expected</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 (%2 supplement)</source>
            <translation>%1 (%2 supplement)</translation>
        </message>
    </context>
    <context>
        <name>UpwardBox</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/dashboard/upward_box.py" line="+31" />
            <source>Our list to the province</source>
            <translation>Our list to the province</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deadline:</source>
            <translation>Deadline:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Models selected:</source>
            <translation>Models selected:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forms printed:</source>
            <translation>Forms printed:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List exported (Excel):</source>
            <translation>List exported (Excel):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed bundle built:</source>
            <translation>Signed bundle built:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Our replication plan (IV.1):</source>
            <translation>Our replication plan (IV.1):</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Record our plan…</source>
            <translation>Record our plan…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no deadline binds this office</source>
            <translation>no deadline binds this office</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 selected (advisory)</source>
            <translation>%1 selected (advisory)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <location line="+0" />
            <source>short</source>
            <translation>short</translation>
        </message>
        <message>
            <location line="+11" />
            <source>not asked of this office</source>
            <translation>not asked of this office</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 (%n time(s))</source>
            <translation>
                <numerusform>%1 (%n time)</numerusform>
                <numerusform>%1 (%n times)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>on time</source>
            <translation>on time</translation>
        </message>
        <message>
            <location line="+2" />
            <source>after the deadline</source>
            <translation>after the deadline</translation>
        </message>
    </context>
    <context>
        <name>_Section</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/followup_panel.py" line="-270" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../hagiang_desktop/ui/app.py" line="+172" />
            <source>(read-only)</source>
            <extracomment>When the process started (close enough: this module is imported first thing for the window).</extracomment>
            <translation>(read-only)</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/backup.py" line="+42" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Purge the personal data of the selected nominations…</source>
            <translation>&amp;Purge the personal data of the selected nominations…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Chec&amp;k the database…</source>
            <translation>Chec&amp;k the database…</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+16" />
            <location line="+10" />
            <location line="+15" />
            <location line="+20" />
            <source>Check the database</source>
            <translation>Check the database</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Checking every page and record…</source>
            <translation>Checking every page and record…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The database passed every check: file integrity, links between records, the plan's rules.</source>
            <translation>The database passed every check: file integrity, links between records, the plan's rules.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file cannot be read here (%1). This is a permission or read-only media problem, not damage: do not restore a backup. Copy the file to the computer's disk, or ask the IT staff for access.</source>
            <translation>The file cannot be read here (%1). This is a permission or read-only media problem, not damage: do not restore a backup. Copy the file to the computer's disk, or ask the IT staff for access.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 problem(s) found. Back up the file, then restore the latest good backup or ask the IT staff:</source>
            <translation>%1 problem(s) found. Back up the file, then restore the latest good backup or ask the IT staff:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The data on the server passed every check: the program's rules and the search index. The server itself keeps its pages and the links between records sound.</source>
            <translation>The data on the server passed every check: the program's rules and the search index. The server itself keeps its pages and the links between records sound.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 problem(s) found in the data on the server. Tell the IT staff, who keep the server's backups:</source>
            <translation>%1 problem(s) found in the data on the server. Tell the IT staff, who keep the server's backups:</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+15" />
            <location line="+17" />
            <source>Purge personal data</source>
            <translation>Purge personal data</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Select the nominations to purge in the Nominations tab first.</source>
            <translation>Select the nominations to purge in the Nominations tab first.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+144" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="-143" />
            <source>Save or discard the nomination form before purging.</source>
            <translation>Save or discard the nomination form before purging.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Permanently remove %1 nomination(s) and every copy of their data in the audit log? This cannot be undone; only their record numbers stay. Backups taken before keep the data until they are rotated out.</source>
            <translation>Permanently remove %1 nomination(s) and every copy of their data in the audit log? This cannot be undone; only their record numbers stay. Backups taken before keep the data until they are rotated out.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Purging…
Cancel stops after the nomination being purged; those done stay purged.</source>
            <translation>Purging…
Cancel stops after the nomination being purged; those done stay purged.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Purged the personal data of %1 nomination(s).</source>
            <translation>Purged the personal data of %1 nomination(s).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Back up to which folder?</source>
            <translation>Back up to which folder?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Back up</source>
            <translation>Back up</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Copying and checking the database…</source>
            <translation>Copying and checking the database…</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Backing up the data on the server (pg_dump)…</source>
            <translation>Backing up the data on the server (pg_dump)…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Backed up and verified: %1</source>
            <translation>Backed up and verified: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup could not be made: %1. The database was not changed.</source>
            <translation>The backup could not be made: %1. The database was not changed.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Save or discard the nomination form before restoring a backup.</source>
            <translation>Save or discard the nomination form before restoring a backup.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+76" />
            <source>Restore which backup?</source>
            <translation>Restore which backup?</translation>
        </message>
        <message>
            <location line="-74" />
            <source>Backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Backups (*.sqlite3 *.db);;All files (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not a usable backup</source>
            <translation>Not a usable backup</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1 is empty (0 bytes), probably damaged while copying. Choose another backup.</source>
            <extracomment>Why a backup is refused, by BackupError code (``%1`` is the file, ``%2`` the details).</extracomment>
            <translation>%1 is empty (0 bytes), probably damaged while copying. Choose another backup.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>%1 is not a backup of this program. Choose the right file.</source>
            <translation>%1 is not a backup of this program. Choose the right file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer version of the program. Install the newer version first.</source>
            <translation>%1 was made by a newer version of the program. Install the newer version first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 has broken links between records (%2). Choose another backup.</source>
            <translation>%1 has broken links between records (%2). Choose another backup.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was altered: its structure is not this program's (%2). Choose another backup.</source>
            <translation>%1 was altered: its structure is not this program's (%2). Choose another backup.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged (%2). Choose another backup.</source>
            <translation>%1 is damaged (%2). Choose another backup.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Server backups (*.dump);;All files (*)</source>
            <translation>Server backups (*.dump);;All files (*)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Replace the data on the server by the backup %1? Every clerk's changes made since that backup will be replaced; a backup of the data as it is now is kept beside it first.</source>
            <translation>Replace the data on the server by the backup %1? Every clerk's changes made since that backup will be replaced; a backup of the data as it is now is kept beside it first.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restoring the backup on the server…</source>
            <translation>Restoring the backup on the server…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The backup could not be restored: %1. The data on the server was not changed.</source>
            <translation>The backup could not be restored: %1. The data on the server was not changed.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Another office's backup</source>
            <translation>Another office's backup</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This backup holds the data of office %1, not of this office (%2). Restoring it replaces all of this office's data by that office's. Restore it anyway?</source>
            <translation>This backup holds the data of office %1, not of this office (%2). Restoring it replaces all of this office's data by that office's. Restore it anyway?</translation>
        </message>
        <message>
            <location line="-122" />
            <location line="+61" />
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Replace the current data by the backup %1? Changes made since that backup will be replaced; a copy of the current file is kept first.</source>
            <translation>Replace the current data by the backup %1? Changes made since that backup will be replaced; a copy of the current file is kept first.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+74" />
            <source>Restore failed</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Restored from %1</source>
            <translation>Restored from %1</translation>
        </message>
    </context>
    <context>
        <name>blocs</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/blocs.py" line="+33" />
            <source>Emulation &amp;blocs and clusters…</source>
            <extracomment>List at most this many faulty rows in the refusal (the CLI's dry run lists them all).</extracomment>
            <translation>Emulation &amp;blocs and clusters…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Import emulation blocs and clusters</source>
            <translation>Import emulation blocs and clusters</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Blocs and clusters (*.csv *.xlsx)</source>
            <translation>Blocs and clusters (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>line %1, column %2: %3 (%4)</source>
            <translation>line %1, column %2: %3 (%4)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 was not imported; nothing changed. Correct these rows and import it again:</source>
            <translation>%1 was not imported; nothing changed. Correct these rows and import it again:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 lists no bloc or cluster.</source>
            <translation>%1 lists no bloc or cluster.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import %1 blocs and clusters with %2 member units from %3?</source>
            <translation>Import %1 blocs and clusters with %2 member units from %3?</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Removed (not in the file): %1</source>
            <translation>Removed (not in the file): %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 was not imported; nothing changed.</source>
            <translation>%1 was not imported; nothing changed.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 blocs and clusters loaded from %2</source>
            <translation>%1 blocs and clusters loaded from %2</translation>
        </message>
    </context>
    <context>
        <name>bundles</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/common.py" line="+29" />
            <source>This file cannot be read as a PDF (%1).</source>
            <extracomment>What the clerk reads for each refusal (``%1``: the detail).</extracomment>
            <translation>This file cannot be read as a PDF (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The certificate, issued by a certificate authority, names no unit code (%1). Choose its unit as written on the signed and sealed fingerprint form.</source>
            <translation>The certificate, issued by a certificate authority, names no unit code (%1). Choose its unit as written on the signed and sealed fingerprint form.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate names another unit code than the one chosen (%1).</source>
            <translation>The certificate names another unit code than the one chosen (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timestamp server does not answer (%1).</source>
            <translation>The timestamp server does not answer (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No token with this label is plugged in (%1).</source>
            <translation>No token with this label is plugged in (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Several tokens are plugged in (%1); choose one.</source>
            <translation>Several tokens are plugged in (%1); choose one.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The key and its certificate are not on the token (%1).</source>
            <translation>The key and its certificate are not on the token (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token holds several certificates (%1); choose one.</source>
            <translation>The token holds several certificates (%1); choose one.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose this installation's office first (Settings → Choose the office).</source>
            <translation>Choose this installation's office first (Settings → Choose the office).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The office has no signing key yet. Create one first (Bundles → Signing key).</source>
            <translation>The office has no signing key yet. Create one first (Bundles → Signing key).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The office already has a signing key.</source>
            <translation>The office already has a signing key.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This key belongs to another office (%1: the key ≠ this office); it was not restored. Bundles signed with it would be refused by the province as coming from the wrong sender. Use this office's own key backup.</source>
            <translation>This key belongs to another office (%1: the key ≠ this office); it was not restored. Bundles signed with it would be refused by the province as coming from the wrong sender. Use this office's own key backup.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The active signing key belongs to another office (%1: the key ≠ this office): the province would refuse the bundle. Nothing was built or marked. Restore this office's own key or create a new one.</source>
            <translation>The active signing key belongs to another office (%1: the key ≠ this office): the province would refuse the bundle. Nothing was built or marked. Restore this office's own key or create a new one.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase is too short: at least %1 characters.</source>
            <translation>The passphrase is too short: at least %1 characters.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The passphrase is not right. Nothing was changed.</source>
            <translation>The passphrase is not right. Nothing was changed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not a usable key backup (.p12).</source>
            <translation>This file is not a usable key backup (.p12).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wrong PIN. Each wrong PIN uses one of the token's tries; nothing was signed.</source>
            <translation>Wrong PIN. Each wrong PIN uses one of the token's tries; nothing was signed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The token's PIN is locked. The administrator PIN or the certificate provider unlocks it.</source>
            <translation>The token's PIN is locked. The administrator PIN or the certificate provider unlocks it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No token is plugged in. Plug in the office's token.</source>
            <translation>No token is plugged in. Plug in the office's token.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token plugged in is not the office's chosen token. Plug in the right one.</source>
            <translation>The token plugged in is not the office's chosen token. Plug in the right one.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The token's driver is 32-bit; this program needs its 64-bit driver (%1).</source>
            <translation>The token's driver is 32-bit; this program needs its 64-bit driver (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The token's driver is not on this computer (%1).</source>
            <translation>The token's driver is not on this computer (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token's driver cannot be loaded (%1).</source>
            <translation>The token's driver cannot be loaded (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token refused: %1.</source>
            <translation>The token refused: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not a certificate (.pem).</source>
            <translation>This file is not a certificate (.pem).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database could not be written (%1); another program may be holding it. No bundle was made and nothing was marked submitted. Close the other program and try again.</source>
            <translation>The database could not be written (%1); another program may be holding it. No bundle was made and nothing was marked submitted. Close the other program and try again.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The bundle file is far too large; it was refused.</source>
            <translation>The bundle file is far too large; it was refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle is damaged or was not copied completely (or it is not a bundle). Ask for it again.</source>
            <translation>The bundle is damaged or was not copied completely (or it is not a bundle). Ask for it again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle holds a file with an unsafe path (%1); it was refused.</source>
            <translation>The bundle holds a file with an unsafe path (%1); it was refused.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle holds a link (%1); it was refused.</source>
            <translation>The bundle holds a link (%1); it was refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle holds two files with the same name (%1); it was refused.</source>
            <translation>The bundle holds two files with the same name (%1); it was refused.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle would unpack to an enormous size (a zip bomb); it was refused.</source>
            <translation>The bundle would unpack to an enormous size (a zip bomb); it was refused.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is not a signed bundle: its list of files or its signature is missing.</source>
            <translation>This is not a signed bundle: its list of files or its signature is missing.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The bundle was made by a newer program. Update the program.</source>
            <translation>The bundle was made by a newer program. Update the program.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle's digital signature is not valid.</source>
            <translation>The bundle's digital signature is not valid.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle's list of files was changed after it was signed.</source>
            <translation>The bundle's list of files was changed after it was signed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This image cannot be used (%1); choose a PNG or JPEG under 2 MB. Nothing was changed.</source>
            <translation>This image cannot be used (%1); choose a PNG or JPEG under 2 MB. Nothing was changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timestamp server's address is not valid (%1); it must start with http:// or https://.</source>
            <translation>The timestamp server's address is not valid (%1); it must start with http:// or https://.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The bundle is signed with a certificate a trusted authority issued (%1), not yet bound to any unit. Bind it once from the office's signed fingerprint form (Trusted certificates → Import, with the unit code).</source>
            <translation>The bundle is signed with a certificate a trusted authority issued (%1), not yet bound to any unit. Bind it once from the office's signed fingerprint form (Trusted certificates → Import, with the unit code).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is not a certificate authority's certificate (%1). An office's certificate is trusted with its unit code instead.</source>
            <translation>This is not a certificate authority's certificate (%1). An office's certificate is trusted with its unit code instead.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The bundle is signed with a certificate that is not trusted here (fingerprint %1).</source>
            <translation>The bundle is signed with a certificate that is not trusted here (fingerprint %1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender written in the bundle is not the office that signed it.</source>
            <translation>The sender written in the bundle is not the office that signed it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Files are missing from the bundle: %1.</source>
            <translation>Files are missing from the bundle: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle holds files that were not signed: %1.</source>
            <translation>The bundle holds files that were not signed: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file %1 was changed after the bundle was signed.</source>
            <translation>The file %1 was changed after the bundle was signed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The bundle belongs to another plan (%1).</source>
            <translation>The bundle belongs to another plan (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This file is not of the kind expected here.</source>
            <translation>This file is not of the kind expected here.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This bundle is older than, or the same as, one already received from this office; it was refused.</source>
            <translation>This bundle is older than, or the same as, one already received from this office; it was refused.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle holds a model of a unit that is not under the sending office (%1); it was refused.</source>
            <translation>The bundle holds a model of a unit that is not under the sending office (%1); it was refused.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle would overwrite a model sent by another office (%1); it was refused.</source>
            <translation>The bundle would overwrite a model sent by another office (%1); it was refused.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/summary.py" line="+94" />
            <source>No nomination is selected to send.</source>
            <translation>No nomination is selected to send.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another bundle was built at the same time. Build it again.</source>
            <translation>Another bundle was built at the same time. Build it again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The bundle names a unit that is not in the directory: %1.</source>
            <translation>The bundle names a unit that is not in the directory: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write why the nomination goes back.</source>
            <translation>Write why the nomination goes back.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That nomination no longer exists.</source>
            <translation>That nomination no longer exists.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That nomination did not come in an office's bundle.</source>
            <translation>That nomination did not come in an office's bundle.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This return file is addressed to another office (%1).</source>
            <translation>This return file is addressed to another office (%1).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The return file names a nomination that is not here.</source>
            <translation>The return file names a nomination that is not here.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/menu.py" line="+35" />
            <source>&amp;Bundles</source>
            <translation>&amp;Bundles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signing &amp;key</source>
            <translation>Signing &amp;key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Province &amp;inbox</source>
            <translation>Province &amp;inbox</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Create the signing key…</source>
            <translation>&amp;Create the signing key…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Show the &amp;fingerprint…</source>
            <translation>Show the &amp;fingerprint…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Export the certificate…</source>
            <translation>&amp;Export the certificate…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Back up the key…</source>
            <translation>&amp;Back up the key…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Restore the key from a backup…</source>
            <translation>&amp;Restore the key from a backup…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Replace with a &amp;new key…</source>
            <translation>Replace with a &amp;new key…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Build the signed &amp;bundle…</source>
            <translation>Build the signed &amp;bundle…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Build a &amp;supplement bundle…</source>
            <translation>Build a &amp;supplement bundle…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import a return file from the province…</source>
            <translation>Import a return file from the province…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Trust the province's certificate…</source>
            <translation>Trust the province's certificate…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Overview of received bundles…</source>
            <translation>&amp;Overview of received bundles…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Import a bundle…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Trusted certificates…</source>
            <translation>&amp;Trusted certificates…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Return a nomination to its office…</source>
            <translation>&amp;Return a nomination to its office…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This is the province's inbox</source>
            <translation>This is the province's inbox</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/key_actions.py" line="+42" />
            <location line="+37" />
            <source>New signing key</source>
            <translation>New signing key</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Create the signing key</source>
            <translation>Create the signing key</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the passphrase that protects the office's signing key. It is asked each time a bundle is signed and cannot be recovered if forgotten.</source>
            <translation>Choose the passphrase that protects the office's signing key. It is asked each time a bundle is signed and cannot be recovered if forgotten.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Signing key created: %1</source>
            <translation>Signing key created: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Make a new key? The province must then receive and trust the new certificate (a new fingerprint form) before it accepts your next bundle.</source>
            <translation>Make a new key? The province must then receive and trust the new certificate (a new fingerprint form) before it accepts your next bundle.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/keys.py" line="+134" />
            <source>Signing certificate</source>
            <translation>Signing certificate</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+51" />
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Save the fingerprint form</source>
            <translation>Save the fingerprint form</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fingerprint form</source>
            <translation>Fingerprint form</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export the certificate</source>
            <translation>Export the certificate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate (*.pem)</source>
            <translation>Certificate (*.pem)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back up the key</source>
            <translation>Back up the key</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key backup (*.p12)</source>
            <translation>Key backup (*.p12)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The key's passphrase (the backup keeps it):</source>
            <translation>The key's passphrase (the backup keeps it):</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore the key</source>
            <translation>Restore the key</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key backup (*.p12 *.pfx)</source>
            <translation>Key backup (*.p12 *.pfx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase of this backup:</source>
            <translation>The passphrase of this backup:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Signing key restored: %1</source>
            <translation>Signing key restored: %1</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+65" />
            <source>Reading the selected nominations…</source>
            <translation>Reading the selected nominations…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the registration list…</source>
            <translation>Writing the registration list…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the registration forms…</source>
            <translation>Writing the registration forms…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the cover page…</source>
            <translation>Writing the cover page…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing and writing the bundle…</source>
            <translation>Signing and writing the bundle…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Building the bundle…</source>
            <translation>Building the bundle…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+20" />
            <location line="+75" />
            <source>Signed bundle</source>
            <translation>Signed bundle</translation>
        </message>
        <message>
            <location line="-59" />
            <source>The bundle could not be written to %1 (%2). Nothing was marked submitted; choose another folder.</source>
            <translation>The bundle could not be written to %1 (%2). Nothing was marked submitted; choose another folder.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The timestamp server did not answer (%1): its PDFs are signed without a timestamp.</source>
            <translation>The timestamp server did not answer (%1): its PDFs are signed without a timestamp.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="+26" />
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="-17" />
            <source>supplement bundle</source>
            <translation>supplement bundle</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+2" />
            <source>bundle</source>
            <translation>bundle</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+3" />
            <source>The signed %1 number %2 with %3 nominations is written to %4. They are now marked as submitted.</source>
            <translation>The signed %1 number %2 with %3 nominations is written to %4. They are now marked as submitted.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="+188" />
            <location filename="../hagiang_desktop/ui/actions/bundles/build.py" line="+43" />
            <source>Bundle (*.zip)</source>
            <translation>Bundle (*.zip)</translation>
        </message>
        <message>
            <location line="-185" />
            <source>Verified and imported the %1 number %2 of %3: %4 new, %5 updated, %6 withdrawn by the sender, %7 kept as the province decided.</source>
            <translation>Verified and imported the %1 number %2 of %3: %4 new, %5 updated, %6 withdrawn by the sender, %7 kept as the province decided.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The office signed with a renewed certificate (same subject, same authority as the one bound to %1: %2). It was accepted for that unit and added to the trusted certificates; new fingerprint %3.</source>
            <translation>The office signed with a renewed certificate (same subject, same authority as the one bound to %1: %2). It was accepted for that unit and added to the trusted certificates; new fingerprint %3.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>received after its deadline: stored as a supplement (the bundle said on time)</source>
            <extracomment>What the province derived otherwise than the sender's bundle said, by (services.bundles.Claim, found) (#23); the window loads the services only when they are used.</extracomment>
            <translation>received after its deadline: stored as a supplement (the bundle said on time)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>received on time: stored as on time (the bundle said a supplement)</source>
            <translation>received on time: stored as on time (the bundle said a supplement)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>meets every criterion: stored as eligible (the bundle said not eligible)</source>
            <translation>meets every criterion: stored as eligible (the bundle said not eligible)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>does not meet every criterion: stored as not eligible (the bundle said eligible)</source>
            <translation>does not meet every criterion: stored as not eligible (the bundle said eligible)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Computed here from the plan and the dates:</source>
            <translation>Computed here from the plan and the dates:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 at the province, sent again unchanged</source>
            <extracomment>What happened to a nomination the province had decided on, by Conflict.what (``%1``: its status).</extracomment>
            <translation>%1 at the province, sent again unchanged</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 at the province, sent again changed</source>
            <translation>%1 at the province, sent again changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 at the province, left out of this bundle</source>
            <translation>%1 at the province, left out of this bundle</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(the sender's version taken)</source>
            <extracomment>Lines of conflicts listed in a message box (the rest is counted).</extracomment>
            <translation>(the sender's version taken)</translation>
        </message>
        <message>
            <location line="-23" />
            <location line="+27" />
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Verifying %1…</source>
            <translation>Verifying %1…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Nominations the province has decided on</source>
            <translation>Nominations the province has decided on</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This bundle touches nominations the province has already decided on:

%1

Take the sender's changed versions (they become “submitted” again)? No keeps the province's decisions.</source>
            <translation>This bundle touches nominations the province has already decided on:

%1

Take the sender's changed versions (they become “submitted” again)? No keeps the province's decisions.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/returns.py" line="+123" />
            <source>The signing key's passphrase:</source>
            <translation>The signing key's passphrase:</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/file_import.py" line="+60" />
            <source>Verifying and importing %1…
Cancel stops the import: nothing is written then.</source>
            <translation>Verifying and importing %1…
Cancel stops the import: nothing is written then.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="-24" />
            <location filename="../hagiang_desktop/ui/actions/bundles/file_import.py" line="+30" />
            <source>Import cancelled; nothing was written.</source>
            <translation>Import cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/returns.py" line="-77" />
            <source>Return file</source>
            <translation>Return file</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+69" />
            <source>Return file (*.zip)</source>
            <translation>Return file (*.zip)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Return cancelled; nothing was written.</source>
            <translation>Return cancelled; nothing was written.</translation>
        </message>
        <message>
            <location line="-140" />
            <source>%1 returned %2 nominations; they are marked as returned with the reason.</source>
            <translation>%1 returned %2 nominations; they are marked as returned with the reason.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/common.py" line="-73" />
            <source>The bundle's list of files is malformed: %1.</source>
            <translation>The bundle's list of files is malformed: %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The signing certificate inside the bundle is damaged or was altered (%1). Do not trust it; ask the office to send the bundle again.</source>
            <translation>The signing certificate inside the bundle is damaged or was altered (%1). Do not trust it; ask the office to send the bundle again.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signing certificate has expired (%1); it was refused.</source>
            <translation>The signing certificate has expired (%1); it was refused.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The signing certificate is not valid yet (%1); check the computers' clocks.</source>
            <translation>The signing certificate is not valid yet (%1); check the computers' clocks.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file holds several certificates (%1). Put each in its own file and compare its fingerprint with the paper form before trusting it.</source>
            <translation>The file holds several certificates (%1). Put each in its own file and compare its fingerprint with the paper form before trusting it.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>The data in the bundle is malformed: %1.</source>
            <translation>The data in the bundle is malformed: %1.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/trust.py" line="+30" />
            <source>Trust a certificate</source>
            <translation>Trust a certificate</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+116" />
            <source>Certificate (*.pem *.crt *.cer)</source>
            <translation>Certificate (*.pem *.crt *.cer)</translation>
        </message>
        <message>
            <location line="-100" />
            <source>%1 (%2)

SHA-256 fingerprint:
%3

Is it exactly the fingerprint on the signed and sealed form?</source>
            <translation>%1 (%2)

SHA-256 fingerprint:
%3

Is it exactly the fingerprint on the signed and sealed form?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This certificate was issued by a certificate authority and names no unit code. Type the unit code printed on the office's signed fingerprint form:</source>
            <translation>This certificate was issued by a certificate authority and names no unit code. Type the unit code printed on the office's signed fingerprint form:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Trusted: %1</source>
            <translation>Trusted: %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Install certificate authorities…</source>
            <translation>Install certificate authorities…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No certificate authority is installed: only the certificates above are trusted.</source>
            <translation>No certificate authority is installed: only the certificates above are trusted.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Certificate authorities installed (certificates they issue are trusted once bound to a unit): %1</source>
            <translation>Certificate authorities installed (certificates they issue are trusted once bound to a unit): %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Install certificate authorities</source>
            <translation>Install certificate authorities</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1

Are these exactly the fingerprints the certificate authority publishes?</source>
            <translation>%1

Are these exactly the fingerprints the certificate authority publishes?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Installed %1 certificate authorities.</source>
            <translation>Installed %1 certificate authorities.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/inbox.py" line="+62" />
            <source>Import a bundle</source>
            <translation>Import a bundle</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/bundles/returns.py" line="+42" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="+32" />
            <source>Return a nomination</source>
            <translation>Return a nomination</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the nominations that came in bundles…</source>
            <translation>Reading the nominations that came in bundles…</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Signing the return file…
Cancel stops before it is written: nothing is written then.</source>
            <translation>Signing the return file…
Cancel stops before it is written: nothing is written then.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The signed return file is written to %1. Send it to the office.</source>
            <translation>The signed return file is written to %1. Send it to the office.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/keys.py" line="-75" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type it again:</source>
            <translation>Type it again:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>At least %1 characters. Write it down and keep it apart from the computer.</source>
            <translation>At least %1 characters. Write it down and keep it apart from the computer.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The two passphrases are not the same yet.</source>
            <translation>The two passphrases are not the same yet.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Office:</source>
            <translation>Office:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit code:</source>
            <translation>Unit code:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created:</source>
            <translation>Created:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The province trusts bundles signed with this certificate only after comparing this SHA-256 fingerprint with the signed and sealed fingerprint form. Print the form, have it signed and sealed, and send it with the certificate.</source>
            <translation>The province trusts bundles signed with this certificate only after comparing this SHA-256 fingerprint with the signed and sealed fingerprint form. Print the form, have it signed and sealed, and send it with the certificate.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save the fingerprint form (PDF)…</source>
            <translation>Save the fingerprint form (PDF)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export the certificate…</source>
            <translation>Export the certificate…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print the form…</source>
            <translation>Print the form…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 fingerprint:</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/trust.py" line="+27" />
            <source>trusted</source>
            <translation>trusted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no longer trusted</source>
            <translation>no longer trusted</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Trusted certificates</source>
            <translation>Trusted certificates</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256 fingerprint</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="+13" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/trust.py" line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/trust.py" line="+2" />
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import a certificate…</source>
            <translation>Import a certificate…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stop trusting</source>
            <translation>Stop trusting</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/inbox.py" line="+29" />
            <source>overdue, nothing received</source>
            <translation>overdue, nothing received</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not sent yet (%1 days left)</source>
            <translation>not sent yet (%1 days left)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on time</source>
            <translation>on time</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <location line="-2" />
            <source>not received</source>
            <translation>not received</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Province inbox</source>
            <translation>Province inbox</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="-1" />
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/inbox.py" line="+3" />
            <source>Sent by</source>
            <translation>Sent by</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/inbox.py" line="+2" />
            <source>Bundles</source>
            <translation>Bundles</translation>
        </message>
        <message>
            <location line="+6" />
            <source>First received</source>
            <translation>First received</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last received</source>
            <translation>Last received</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nominations</source>
            <translation>Nominations</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Own plan (IV.1)</source>
            <translation>Own plan (IV.1)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 of %2 units have sent their bundle (as of %3).</source>
            <translation>%1 of %2 units have sent their bundle (as of %3).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import a bundle…</source>
            <translation>Import a bundle…</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/returns.py" line="-8" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Registering unit</source>
            <translation>Registering unit</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Why it goes back, and what the office should fix</source>
            <translation>Why it goes back, and what the office should fix</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign and save the return file…</source>
            <translation>Sign and save the return file…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/bundle_dialogs/summary.py" line="-61" />
            <source>Supplement bundle</source>
            <translation>Supplement bundle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bundle of the whole list</source>
            <translation>Bundle of the whole list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 models in all:</source>
            <translation>%1 models in all:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 selected, sent for the first time</source>
            <translation>%1 selected, sent for the first time</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 changed since they were sent, sent again</source>
            <translation>%1 changed since they were sent, sent again</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 sent before, carried again</source>
            <translation>%1 sent before, carried again</translation>
        </message>
        <message>
            <location line="+4" />
            <source>of them %1 received after the deadline (marked “bổ sung”)</source>
            <translation>of them %1 received after the deadline (marked “bổ sung”)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Files: %1</source>
            <translation>Files: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Written to: %1</source>
            <translation>Written to: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After signing, the models sent for the first time or again are marked “%1”.</source>
            <translation>After signing, the models sent for the first time or again are marked “%1”.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Build the signed bundle</source>
            <translation>Build the signed bundle</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Sign and build</source>
            <translation>&amp;Sign and build</translation>
        </message>
    </context>
    <context>
        <name>conflict</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/edit_conflict.py" line="-193" />
            <source>Kind</source>
            <extracomment>The form's fields by their name in :class:`NominationInput`, as the clerk knows them.</extracomment>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../hagiang_desktop/ui/dialogs/units/conflict.py" line="-84" />
            <source>Name</source>
            <extracomment>The unit's fields as the clerk knows them, in the edit dialog's order.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering unit</source>
            <translation>Registering unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criteria met</source>
            <translation>Criteria met</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work unit</source>
            <translation>Work unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year of birth</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Member unit</source>
            <translation>Member unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head of household</source>
            <translation>Head of household</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village</source>
            <translation>Village</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achievements</source>
            <translation>Achievements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good practice</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replication plan</source>
            <translation>Replication plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposed honour</source>
            <translation>Proposed honour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field title</source>
            <translation>Field title</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/conflict.py" line="+1" />
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit kind</source>
            <translation>Unit kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent unit</source>
            <translation>Parent unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exists from</source>
            <translation>Exists from</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Person in charge</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emulation groups</source>
            <translation>Emulation groups</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../hagiang_desktop/ui/crash.py" line="+137" />
            <source>An unexpected error occurred</source>
            <extracomment>Attributes of our own exceptions that are codes or ids, safe to log.</extracomment>
            <translation>An unexpected error occurred</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The program met an unexpected error. What you saved before is safe; the last action may not have been completed. You can keep working.
Please copy the report below and send it to the IT staff.</source>
            <translation>The program met an unexpected error. What you saved before is safe; the last action may not have been completed. You can keep working.
Please copy the report below and send it to the IT staff.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Copy report</source>
            <translation>&amp;Copy report</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This window opened the database read-only (another window is writing it, or the file cannot be written). Nothing was saved.</source>
            <translation>This window opened the database read-only (another window is writing it, or the file cannot be written). Nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../hagiang_desktop/ui/errors.py" line="+11" />
            <source>Enter the name of the model, collective, person or household.</source>
            <translation>Enter the name of the model, collective, person or household.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a field of the plan.</source>
            <translation>Choose a field of the plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A model of another field needs the name of its field (for example "Tư pháp").</source>
            <translation>A model of another field needs the name of its field (for example "Tư pháp").</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This field does not accept this kind of nominee. Choose another field or kind.</source>
            <translation>This field does not accept this kind of nominee. Choose another field or kind.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the registering unit from the list (type part of its name).</source>
            <translation>Choose the registering unit from the list (type part of its name).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Some ticked criteria do not belong to this field and kind: %1</source>
            <translation>Some ticked criteria do not belong to this field and kind: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This nomination no longer exists; it may have been deleted.</source>
            <translation>This nomination no longer exists; it may have been deleted.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This nomination was sent to the province and is kept as it was signed. To change it, use “Edit after submission…” and give the reason; it then goes in the next supplement bundle.</source>
            <translation>This nomination was sent to the province and is kept as it was signed. To change it, use “Edit after submission…” and give the reason; it then goes in the next supplement bundle.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/export.py" line="+37" />
            <source>Nothing to export: no model has been selected yet. Select models in the Nominations tab (status Selected) first.</source>
            <translation>Nothing to export: no model has been selected yet. Select models in the Nominations tab (status Selected) first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No unit with code %1 in the directory.</source>
            <translation>No unit with code %1 in the directory.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit %1 is outside the office's scope.</source>
            <translation>Unit %1 is outside the office's scope.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nomination %1 no longer exists.</source>
            <translation>Nomination %1 no longer exists.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The export cannot be made (%1).</source>
            <translation>The export cannot be made (%1).</translation>
        </message>
        <message>
            <location line="+27" />
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registration &amp;list (Excel)…</source>
            <translation>Registration &amp;list (Excel)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registration list (&amp;PDF, print)…</source>
            <translation>Registration list (&amp;PDF, print)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Registration &amp;forms (PDF, print)…</source>
            <translation>Registration &amp;forms (PDF, print)…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Asks which forms: the models selected for the list, the rows highlighted, or one unit's</source>
            <translation>Asks which forms: the models selected for the list, the rows highlighted, or one unit's</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <location line="-85" />
            <location line="+33" />
            <location line="+28" />
            <location line="+27" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="-94" />
            <source>Writing the registration list…</source>
            <translation>Writing the registration list…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laying out the registration list…</source>
            <translation>Laying out the registration list…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laying out the registration forms…</source>
            <translation>Laying out the registration forms…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export cancelled; no file was written.</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved %1: %2 models, %3 pages.</source>
            <translation>Saved %1: %2 models, %3 pages.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved %1: %2 models.</source>
            <translation>Saved %1: %2 models.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 models, %2 pages</source>
            <translation>%1 models, %2 pages</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/followup_export.py" line="+174" />
            <location filename="../hagiang_desktop/ui/actions/export.py" line="+13" />
            <source>Cannot write %1: %2. No partial file was left.</source>
            <translation>Cannot write %1: %2. No partial file was left.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/actions/export.py" line="+5" />
            <source>The export failed: %1</source>
            <translation>The export failed: %1</translation>
        </message>
    </context>
    <context>
        <name>followup_export</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/followup_export.py" line="-124" />
            <location line="+86" />
            <location line="+30" />
            <location line="+14" />
            <source>Follow-up report</source>
            <translation>Follow-up report</translation>
        </message>
        <message>
            <location line="-127" />
            <source>All stages (2018 review, 2019, 2020 evaluation)</source>
            <translation>All stages (2018 review, 2019, 2020 evaluation)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF (print)</source>
            <translation>PDF (print)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stages:</source>
            <translation>&amp;Stages:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures as &amp;of:</source>
            <translation>Figures as &amp;of:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Follow-up &amp;report (2018–2020)…</source>
            <translation>Follow-up &amp;report (2018–2020)…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Writing the follow-up report…</source>
            <translation>Writing the follow-up report…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saved %1: %2 rows, %3 pages.</source>
            <translation>Saved %1: %2 rows, %3 pages.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved %1: %2 rows.</source>
            <translation>Saved %1: %2 rows.</translation>
        </message>
    </context>
    <context>
        <name>groups</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/group_combo.py" line="+21" />
            <source>(no blocs loaded)</source>
            <translation>(no blocs loaded)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No emulation blocs or clusters are loaded. Import the province's list with Import ▸ Emulation blocs and clusters… (a CSV or Excel file with the columns code, name, kind, members).</source>
            <translation>No emulation blocs or clusters are loaded. Import the province's list with Import ▸ Emulation blocs and clusters… (a CSV or Excel file with the columns code, name, kind, members).</translation>
        </message>
    </context>
    <context>
        <name>imports</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/imports.py" line="+41" />
            <source>File %1 not found.</source>
            <translation>File %1 not found.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File %1 is empty (0 bytes); there is nothing to import.</source>
            <translation>File %1 is empty (0 bytes); there is nothing to import.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a kind of file that can be imported. Save it as .xlsx, .xls, .csv or .docx.</source>
            <translation>%1 is not a kind of file that can be imported. Save it as .xlsx, .xls, .csv or .docx.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an Excel .xlsx workbook (perhaps a renamed file). Open it in Excel and save it as .xlsx.</source>
            <translation>%1 is not an Excel .xlsx workbook (perhaps a renamed file). Open it in Excel and save it as .xlsx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is damaged or was not copied completely. Ask the unit to send it again.</source>
            <translation>%1 is damaged or was not copied completely. Ask the unit to send it again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 contains unsafe XML (entities or a DTD) and is refused.</source>
            <translation>%1 contains unsafe XML (entities or a DTD) and is refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is too large and is refused.</source>
            <translation>%1 is too large and is refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is over a safety limit and was refused before it was read: %2 %3 %4.</source>
            <translation>%1 is over a safety limit and was refused before it was read: %2 %3 %4.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, sheet %2, cell %3 holds a formula. Copy and paste it as values, then import again.</source>
            <translation>%1, sheet %2, cell %3 holds a formula. Copy and paste it as values, then import again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, sheet %2, cell %3 is too long and is refused.</source>
            <translation>%1, sheet %2, cell %3 is too long and is refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, sheet %2 has too many rows.</source>
            <translation>%1, sheet %2 has too many rows.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, sheet %2: no header row found.</source>
            <translation>%1, sheet %2: no header row found.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not an Excel 97-2003 .xls workbook (perhaps a renamed file). Open it in Excel and save it as .xlsx.</source>
            <translation>%1 is not an Excel 97-2003 .xls workbook (perhaps a renamed file). Open it in Excel and save it as .xlsx.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 has no sheet %2.</source>
            <translation>%1 has no sheet %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, sheet %2: there are no data rows.</source>
            <translation>%1, sheet %2: there are no data rows.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a registration form (no “PHIẾU ĐĂNG KÝ” and “Tên mô hình/tập thể/cá nhân:”).</source>
            <translation>%1 is not a registration form (no “PHIẾU ĐĂNG KÝ” and “Tên mô hình/tập thể/cá nhân:”).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 mixes two encodings: it is mostly UTF-8 but line %3 is not: «%4». Fix that line, save the file as CSV UTF-8 and import again.</source>
            <translation>%1 mixes two encodings: it is mostly UTF-8 but line %3 is not: «%4». Fix that line, save the file as CSV UTF-8 and import again.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, sheet %2, cell %3: the template's hidden information was altered. Use a new template.</source>
            <translation>%1, sheet %2, cell %3: the template's hidden information was altered. Use a new template.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the unit that sent %1.</source>
            <translation>Choose the unit that sent %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 names a unit that is not in the directory: %2.</source>
            <translation>%1 names a unit that is not in the directory: %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a template of plan %2, not of the plan in use.</source>
            <translation>%1 is a template of plan %2, not of the plan in use.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is the template of another unit than the one chosen (%2: template ≠ chosen). Check who sent it.</source>
            <translation>%1 is the template of another unit than the one chosen (%2: template ≠ chosen). Check who sent it.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was sent by unit %2, outside this office's district or body; nothing is imported.</source>
            <translation>%1 was sent by unit %2, outside this office's district or body; nothing is imported.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is a template of another version (%2). Send the unit a new template.</source>
            <translation>%1 is a template of another version (%2). Send the unit a new template.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: no column holds the model's name.</source>
            <translation>%1: no column holds the model's name.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+68" />
            <source>%1 cannot be read.</source>
            <translation>%1 cannot be read.</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+22" />
            <location line="+33" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Reading %1…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Checking the rows of %1…
Cancel stops here; nothing is written.</source>
            <translation>Checking the rows of %1…
Cancel stops here; nothing is written.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Imported %1: %2 new, %3 updated, %4 skipped.</source>
            <translation>Imported %1: %2 new, %3 updated, %4 skipped.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import cancelled; nothing was written.</source>
            <translation>Import cancelled; nothing was written.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import a unit's list or form…</source>
            <translation>&amp;Import a unit's list or form…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make registration &amp;templates…</source>
            <translation>Make registration &amp;templates…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Import a unit's list or form</source>
            <translation>Import a unit's list or form</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lists and forms (*.xlsx *.xls *.csv *.docx)</source>
            <translation>Lists and forms (*.xlsx *.xls *.csv *.docx)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Folder for the templates</source>
            <translation>Folder for the templates</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Registration templates</source>
            <translation>Registration templates</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/models/import_preview_model.py" line="+19" />
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+10" />
            <source>missing: %1</source>
            <translation>missing: %1</translation>
        </message>
        <message>
            <location line="-9" />
            <source>unknown kind of nominee: %1</source>
            <translation>unknown kind of nominee: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>unknown field: %1</source>
            <translation>unknown field: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>name the other field after "%1:"</source>
            <translation>name the other field after "%1:"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>honour not in the plan: %1</source>
            <translation>honour not in the plan: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid date: %1</source>
            <translation>invalid date: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid birth year: %1</source>
            <translation>invalid birth year: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the field does not admit this kind: %1</source>
            <translation>the field does not admit this kind: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>criteria that do not apply: %1</source>
            <translation>criteria that do not apply: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field</source>
            <translation>field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <location line="+1" />
            <source>work unit</source>
            <translation>work unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>gender</source>
            <translation>gender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>birth year</source>
            <translation>birth year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>household head</source>
            <translation>household head</translation>
        </message>
        <message>
            <location line="+1" />
            <source>village</source>
            <translation>village</translation>
        </message>
        <message>
            <location line="+1" />
            <source>commune</source>
            <translation>commune</translation>
        </message>
        <message>
            <location line="+1" />
            <source>achievements</source>
            <translation>achievements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>good practice</source>
            <translation>good practice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>replication plan</source>
            <translation>replication plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>target honour</source>
            <translation>target honour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>criteria</source>
            <translation>criteria</translation>
        </message>
        <message>
            <location line="+6" />
            <source>household: the name starts with “%1”</source>
            <extracomment>Why a row's kind or field was read as it was (issue #19); %1 the words found, %2 the value.</extracomment>
            <translation>household: the name starts with “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>household: position “%1”</source>
            <translation>household: position “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>collective: position “%1”</source>
            <translation>collective: position “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>collective: the name starts with “%1”</source>
            <translation>collective: the name starts with “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>individual: a person's name</source>
            <translation>individual: a person's name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %1 admits households only</source>
            <translation>field %1 admits households only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2: sector “%1”</source>
            <translation>field %2: sector “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2: the words “%1”</source>
            <translation>field %2: the words “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2: a household</source>
            <translation>field %2: a household</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other field: sector “%1”</source>
            <translation>other field: sector “%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind chosen by you</source>
            <translation>kind chosen by you</translation>
        </message>
        <message>
            <location line="+1" />
            <source>field %2 chosen by you</source>
            <translation>field %2 chosen by you</translation>
        </message>
        <message>
            <location line="+32" />
            <source>changes: %1</source>
            <translation>changes: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>same name as: %1</source>
            <translation>same name as: %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cell</source>
            <translation>Cell</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read from the row</source>
            <translation>Read from the row</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the file</source>
            <translation>In the file</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Converted to Unicode</source>
            <translation>Converted to Unicode</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Problems or changes</source>
            <translation>Problems or changes</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/import_mapping_dialog.py" line="+42" />
            <source>row id</source>
            <translation>row id</translation>
        </message>
        <message>
            <location line="+2" />
            <source>criteria codes</source>
            <translation>criteria codes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>registration date</source>
            <translation>registration date</translation>
        </message>
        <message>
            <location line="+18" />
            <source>the header says so</source>
            <translation>the header says so</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the header's words match (%1 %)</source>
            <translation>the header's words match (%1 %)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>chosen before for this sender</source>
            <translation>chosen before for this sender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>could be %1: choose</source>
            <translation>could be %1: choose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>too few words match: choose</source>
            <translation>too few words match: choose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>another column matches %1 better</source>
            <translation>another column matches %1 better</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Which column holds what?</source>
            <translation>Which column holds what?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Column in the file</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As typed (old encoding)</source>
            <translation>As typed (old encoding)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First values</source>
            <translation>First values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Means</source>
            <translation>Means</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location line="+18" />
            <source>(ignore)</source>
            <translation>(ignore)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(read from each row)</source>
            <translation>(read from each row)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remember this mapping for this sender</source>
            <translation>Remember this mapping for this sender</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sent by:</source>
            <translation>Sent by:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind of every row:</source>
            <translation>Kind of every row:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field of every row:</source>
            <translation>Field of every row:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>File: %1 – sheet %2</source>
            <translation>File: %1 – sheet %2</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Choose the column that holds the name.</source>
            <translation>Choose the column that holds the name.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/import_preview_dialog.py" line="+107" />
            <source>Import preview – %1</source>
            <translation>Import preview – %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Text encoding per column</source>
            <translation>Text encoding per column</translation>
        </message>
        <message>
            <location line="+11" />
            <source>by font</source>
            <translation>by font</translation>
        </message>
        <message>
            <location line="+1" />
            <source>guessed</source>
            <translation>guessed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
        <message>
            <location line="+10" />
            <source>All rows</source>
            <translation>All rows</translation>
        </message>
        <message>
            <location line="+22" />
            <source>(keep)</source>
            <translation>(keep)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set for the selected rows</source>
            <translation>Set for the selected rows</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Selected rows – kind:</source>
            <translation>Selected rows – kind:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>field:</source>
            <translation>field:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skip the rows with errors and import the others</source>
            <translation>Skip the rows with errors and import the others</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also import the possible duplicates</source>
            <translation>Also import the possible duplicates</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location line="+31" />
            <source>registration template</source>
            <translation>registration template</translation>
        </message>
        <message>
            <location line="+1" />
            <source>list</source>
            <translation>list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Word form</source>
            <translation>Word form</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2, sheet %3) from &lt;b&gt;%4&lt;/b&gt;, received %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2, sheet %3) from &lt;b&gt;%4&lt;/b&gt;, received %5</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 rows: %2 new, %3 changed, %4 unchanged, %5 possible duplicates, %6 with errors.</source>
            <translation>%1 rows: %2 new, %3 changed, %4 unchanged, %5 possible duplicates, %6 with errors.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Rows with errors: fix the file and import it again, or tick “Skip the rows with errors”.</source>
            <translation>Rows with errors: fix the file and import it again, or tick “Skip the rows with errors”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Possible duplicates are not imported unless you tick “Also import the possible duplicates”.</source>
            <translation>Possible duplicates are not imported unless you tick “Also import the possible duplicates”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply writes the new and changed rows at once; Cancel writes nothing.</source>
            <translation>Apply writes the new and changed rows at once; Cancel writes nothing.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reading the rows again with the chosen encodings…</source>
            <translation>Reading the rows again with the chosen encodings…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Writing the rows in one transaction…
Cancel stops before the end: nothing is written then.</source>
            <translation>Writing the rows in one transaction…
Cancel stops before the end: nothing is written then.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Some rows have errors: fix the file or skip them.</source>
            <translation>Some rows have errors: fix the file or skip them.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The import was cancelled; nothing was written. Apply again or close.</source>
            <translation>The import was cancelled; nothing was written. Apply again or close.</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/import_templates_dialog.py" line="+34" />
            <source>Registration templates for the units</source>
            <translation>Registration templates for the units</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a folder and write</source>
            <translation>Choose a folder and write</translation>
        </message>
        <message>
            <location line="+7" />
            <source>One Excel file per unit, named by the unit, to send out and import back unchanged.</source>
            <translation>One Excel file per unit, named by the unit, to send out and import back unchanged.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 templates written to %2</source>
            <translation>%1 templates written to %2</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../hagiang_desktop/ui/labels.py" line="+10" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District / city</source>
            <translation>District / city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commune / ward / town</source>
            <translation>Commune / ward / town</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village / residential group</source>
            <translation>Village / residential group</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mass organisation</source>
            <translation>Mass organisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enterprise</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cooperative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public unit</source>
            <translation>Public unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Collective</source>
            <translation>Collective</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selected</source>
            <translation>Selected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed since sent</source>
            <translation>Changed since sent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn by the sender</source>
            <translation>Withdrawn by the sender</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel template</source>
            <translation>Excel template</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed bundle</source>
            <translation>Signed bundle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Typed in</source>
            <translation>Typed in</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/followup_panel.py" line="-65" />
            <source>Excellent</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Study visit</source>
            <translation>Study visit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Experience talk</source>
            <translation>Experience talk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Media (“Người tốt – việc tốt”…)</source>
            <translation>Media (“Người tốt – việc tốt”…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location line="+15" />
            <source>2018 interim review</source>
            <translation>2018 interim review</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2019 follow-up</source>
            <translation>2019 follow-up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2020 final evaluation</source>
            <translation>2020 final evaluation</translation>
        </message>
    </context>
    <context>
        <name>office</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/office.py" line="+28" />
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the &amp;office…</source>
            <translation>Choose the &amp;office…</translation>
        </message>
    </context>
    <context>
        <name>opening</name>
        <message>
            <location filename="../hagiang_desktop/ui/opening.py" line="+31" />
            <source>The database %1 is empty (0 bytes): it was probably lost while copying or in a power cut.</source>
            <extracomment>Why a file could not be opened, by error code (``%1`` is the file).</extracomment>
            <translation>The database %1 is empty (0 bytes): it was probably lost while copying or in a power cut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file %1 is not a database of this program.</source>
            <translation>The file %1 is not a database of this program.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database %1 is damaged.</source>
            <translation>The database %1 is damaged.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file %1 was made by a newer version of the program. Install the newer version; the file was not changed.</source>
            <translation>The file %1 was made by a newer version of the program. Install the newer version; the file was not changed.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database %1 has no data in it: its creation was probably interrupted (a power cut).</source>
            <translation>The database %1 has no data in it: its creation was probably interrupted (a power cut).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file %1 belongs to another program. The program does not write into it; check the file name. The file was not changed.</source>
            <translation>The file %1 belongs to another program. The program does not write into it; check the file name. The file was not changed.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database %1 is already open in another window of the program.</source>
            <translation>The database %1 is already open in another window of the program.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database %1 cannot be written (read-only media or no permission).</source>
            <translation>The database %1 cannot be written (read-only media or no permission).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database %1 cannot be opened.</source>
            <translation>The database %1 cannot be opened.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database server %1 does not answer. Check the network, or ask the IT staff.</source>
            <translation>The database server %1 does not answer. Check the network, or ask the IT staff.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database server %1 asks for a password.</source>
            <translation>The database server %1 asks for a password.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database server %1 refused the user name or password.</source>
            <translation>The database server %1 refused the user name or password.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server has no database %1, or your user may not use it. Ask the IT staff to create it and give access.</source>
            <translation>The server has no database %1, or your user may not use it. Ask the IT staff to create it and give access.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database %1 on the server is empty. The IT staff must run “hagiang-desktop server init” once first.</source>
            <translation>The database %1 on the server is empty. The IT staff must run “hagiang-desktop server init” once first.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password for the database server</source>
            <translation>Password for the database server</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open read-only?</source>
            <translation>Open read-only?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open it read-only? You can look and export, but not change anything.</source>
            <translation>Open it read-only? You can look and export, but not change anything.</translation>
        </message>
        <message>
            <location line="-19" />
            <location line="+29" />
            <location line="+7" />
            <location line="+22" />
            <location line="+4" />
            <location line="+10" />
            <location line="+32" />
            <source>Cannot open the database</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Create a new database?</source>
            <translation>Create a new database?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It holds nothing to keep. Remove it and create a new, empty database in its place?</source>
            <translation>It holds nothing to keep. Remove it and create a new, empty database in its place?</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No good backup was found beside it. The file was not changed; ask the IT staff, or restore a backup from a USB stick with File → Restore.</source>
            <translation>No good backup was found beside it. The file was not changed; ask the IT staff, or restore a backup from a USB stick with File → Restore.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restore the last good backup?</source>
            <translation>Restore the last good backup?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore the backup of %1? A copy of the damaged file is kept beside the backups.</source>
            <translation>Restore the backup of %1? A copy of the damaged file is kept beside the backups.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Automatic backup taken: %1</source>
            <translation>Automatic backup taken: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The automatic backup failed: %1</source>
            <translation>The automatic backup failed: %1</translation>
        </message>
    </context>
    <context>
        <name>saved</name>
        <message>
            <location filename="../hagiang_desktop/ui/saved.py" line="+30" />
            <source>Open the file</source>
            <translation>Open the file</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Open the folder</source>
            <translation>Open the folder</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/settings.py" line="+46" />
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run the first-run &amp;wizard again…</source>
            <translation>Run the first-run &amp;wizard again…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recent &amp;databases</source>
            <translation>Recent &amp;databases</translation>
        </message>
        <message>
            <location line="+20" />
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>First-run wizard</source>
            <translation>First-run wizard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The set-up was not finished: %1</source>
            <translation>The set-up was not finished: %1</translation>
        </message>
    </context>
    <context>
        <name>signatures</name>
        <message>
            <location filename="../hagiang_desktop/ui/actions/signatures.py" line="+45" />
            <source>Token PIN:</source>
            <translation>Token PIN:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each wrong PIN uses one of the token's few tries; the program never tries it again by itself.</source>
            <translation>Each wrong PIN uses one of the token's few tries; the program never tries it again by itself.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Choose the signing &amp;device (key or USB token)…</source>
            <translation>Choose the signing &amp;device (key or USB token)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Check a signed PDF's signature…</source>
            <translation>Check a signed PDF's signature…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Signature %1: signed by %2 at %3 (Vietnam time).
Certificate issued by %4, valid %5 – %6; fingerprint %7.
%8 %9</source>
            <translation>Signature %1: signed by %2 at %3 (Vietnam time).
Certificate issued by %4, valid %5 – %6; fingerprint %7.
%8 %9</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The document was NOT changed after signing.</source>
            <translation>The document was NOT changed after signing.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>THE DOCUMENT WAS CHANGED AFTER SIGNING.</source>
            <translation>THE DOCUMENT WAS CHANGED AFTER SIGNING.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The certificate is trusted.</source>
            <translation>The certificate is trusted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The certificate is NOT trusted here.</source>
            <translation>The certificate is NOT trusted here.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timestamped by a timestamp server at %1 (Vietnam time).</source>
            <translation>Timestamped by a timestamp server at %1 (Vietnam time).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Check a signed PDF</source>
            <translation>Check a signed PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read the PDF: %1</source>
            <translation>Cannot read the PDF: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This PDF carries no signature.</source>
            <translation>This PDF carries no signature.</translation>
        </message>
    </context>
    <context>
        <name>signing_identity</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/signing_identity.py" line="+63" />
            <source>Unknown maker</source>
            <translation>Unknown maker</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(32-bit driver: this 64-bit program cannot use it; install the 64-bit one)</source>
            <translation>(32-bit driver: this 64-bit program cannot use it; install the 64-bit one)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(built for another kind of computer: cannot be used)</source>
            <translation>(built for another kind of computer: cannot be used)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Signing identity</source>
            <translation>Signing identity</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The software key made by this program</source>
            <translation>The software key made by this program</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The office's USB token (its digital signature certificate)</source>
            <translation>The office's USB token (its digital signature certificate)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read the token</source>
            <translation>Read the token</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificate of</source>
            <translation>Certificate of</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid to</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The PIN is asked once when you press OK and is not kept. Each wrong PIN uses one of the token's few tries; the program never tries it again by itself.</source>
            <translation>The PIN is asked once when you press OK and is not kept. Each wrong PIN uses one of the token's few tries; the program never tries it again by itself.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>USB token</source>
            <translation>USB token</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Driver (PKCS#11):</source>
            <translation>Driver (PKCS#11):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Token PIN:</source>
            <translation>Token PIN:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose an image…</source>
            <translation>Choose an image…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No image</source>
            <translation>No image</translation>
        </message>
        <message>
            <location line="+9" />
            <source>http://… (optional; given by your certificate provider)</source>
            <translation>http://… (optional; given by your certificate provider)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every signature</source>
            <translation>Every signature</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Seal or signature image:</source>
            <translation>Seal or signature image:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timestamp server:</source>
            <translation>Timestamp server:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Signing now with the token %1: %2, issued by %3, valid to %4.</source>
            <translation>Signing now with the token %1: %2, issued by %3, valid to %4.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The office has no signing identity yet: create the software key or choose a token.</source>
            <translation>The office has no signing identity yet: create the software key or choose a token.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Signing now with the software key (fingerprint %1).</source>
            <translation>Signing now with the software key (fingerprint %1).</translation>
        </message>
        <message>
            <location line="+42" />
            <source>The token's driver</source>
            <translation>The token's driver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Token driver (*.dll *.so *.so.* *.dylib);;All files (*)</source>
            <translation>Token driver (*.dll *.so *.so.* *.dylib);;All files (*)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose the token's driver first.</source>
            <translation>Choose the token's driver first.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Certificate of: %1
Issued by: %2
Serial of the token: %3
Fingerprint: %4</source>
            <translation>Certificate of: %1
Issued by: %2
Serial of the token: %3
Fingerprint: %4</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The token holds no certificate.</source>
            <translation>The token holds no certificate.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>(none: the signature shows text only)</source>
            <translation>(none: the signature shows text only)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Seal or signature image</source>
            <translation>Seal or signature image</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This certificate expired on %1; choose a valid one.</source>
            <translation>This certificate expired on %1; choose a valid one.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This certificate is valid only from %1.</source>
            <translation>This certificate is valid only from %1.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Only ONE try is left: another wrong PIN locks the token.</source>
            <translation>Only ONE try is left: another wrong PIN locks the token.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Few tries are left.</source>
            <translation>Few tries are left.</translation>
        </message>
    </context>
    <context>
        <name>unit_errors</name>
        <message>
            <location filename="../hagiang_desktop/ui/dialogs/units/texts.py" line="+15" />
            <source>The unit %1 no longer exists.</source>
            <translation>The unit %1 no longer exists.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 saved a change to this unit while you were editing it. Nothing of yours was saved: open the unit again to see their change, then make yours.</source>
            <translation>%1 saved a change to this unit while you were editing it. Nothing of yours was saved: open the unit again to see their change, then make yours.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the parent unit from the list.</source>
            <translation>Choose the parent unit from the list.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The code %1 is already used by another unit.</source>
            <translation>The code %1 is already used by another unit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the unit's code, without spaces (for example 026-PNV).</source>
            <translation>Enter the unit's code, without spaces (for example 026-PNV).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the unit's name.</source>
            <translation>Enter the unit's name.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A unit cannot be put under itself or under one of its own units (%1).</source>
            <translation>A unit cannot be put under itself or under one of its own units (%1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 unit(s) under it are still open after that day. Close or move them first.</source>
            <translation>%1 unit(s) under it are still open after that day. Close or move them first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The end date %1 is before the start date.</source>
            <translation>The end date %1 is before the start date.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The unit has %1 nomination(s): it can be closed, never deleted.</source>
            <translation>The unit has %1 nomination(s): it can be closed, never deleted.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The unit has %1 unit(s) under it: move or delete them first, or close it.</source>
            <translation>The unit has %1 unit(s) under it: move or delete them first, or close it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Submissions from this unit are recorded (%1): it can be closed, not deleted.</source>
            <translation>Submissions from this unit are recorded (%1): it can be closed, not deleted.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is the office the program works for: choose another office first.</source>
            <translation>This is the office the program works for: choose another office first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown emulation group %1.</source>
            <translation>Unknown emulation group %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A unit cannot succeed itself.</source>
            <translation>A unit cannot succeed itself.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown kind of link %1.</source>
            <translation>Unknown kind of link %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The unit was closed on %1: a link dated later than the next day is refused.</source>
            <translation>The unit was closed on %1: a link dated later than the next day is refused.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A change is already recorded from %1: record changes in the order of their dates.</source>
            <translation>A change is already recorded from %1: record changes in the order of their dates.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the successor of nomination %1 (a split sends each nomination to one unit).</source>
            <translation>Choose the successor of nomination %1 (a split sends each nomination to one unit).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not one of the successors.</source>
            <translation>%1 is not one of the successors.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown parent</source>
            <translation>unknown parent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>duplicate code</source>
            <translation>duplicate code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bad date (write YYYY-MM-DD)</source>
            <translation>bad date (write YYYY-MM-DD)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty name</source>
            <translation>empty name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>empty code</source>
            <translation>empty code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>code with spaces</source>
            <translation>code with spaces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown kind of unit</source>
            <translation>unknown kind of unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>end before start</source>
            <translation>end before start</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown emulation group</source>
            <translation>unknown emulation group</translation>
        </message>
        <message>
            <location line="+1" />
            <source>group named twice</source>
            <translation>group named twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kind must be bloc or cluster</source>
            <translation>kind must be bloc or cluster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown unit code</source>
            <translation>unknown unit code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a required column is missing</source>
            <translation>a required column is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the parent links form a cycle</source>
            <translation>the parent links form a cycle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the name is a spreadsheet formula</source>
            <translation>the name is a spreadsheet formula</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the file cannot be read</source>
            <translation>the file cannot be read</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
    </context>
    <context>
        <name>workers</name>
        <message>
            <location filename="../hagiang_desktop/ui/workers.py" line="+120" />
            <source>Cancel</source>
            <extracomment>What a worker runs: it receives ``progress(done, total) -&gt; bool`` and returns a result. The job's result once it succeeded (also sent with ``succeeded``). The exception once it failed (also sent with ``failed``). Whether the job ended by Cancel.</extracomment>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
</TS>