<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>CriteriaChecklist</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/criteria_checklist.py" line="+77" />
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
        <name>DeadlineDashboardTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/deadline_dashboard.py" line="+63" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+105" />
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <location line="-104" />
            <location line="+105" />
            <source>Late (supplement)</source>
            <translation>Late (supplement)</translation>
        </message>
        <message>
            <location line="-104" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Eligible / not</source>
            <translation>Eligible / not</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Last received</source>
            <translation>Last received</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Consequence (IV.1)</source>
            <translation>Consequence (IV.1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not considered for commendation</source>
            <translation>Not considered for commendation</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;As of:</source>
            <translation>&amp;As of:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deadlines of the plan</source>
            <translation>Deadlines of the plan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1 of %2 units have registered; %3 late; %4 missing.</source>
            <translation>%1 of %2 units have registered; %3 late; %4 missing.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>before %1: last day %2</source>
            <translation>before %1: last day %2</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
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
            <location line="+6" />
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
            <location line="+15" />
            <source>%1 selected (advisory)</source>
            <translation>%1 selected (advisory)</translation>
        </message>
        <message>
            <location line="+1" />
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../hagiang_desktop/ui/main_window.py" line="+42" />
            <source>&amp;Unit directory</source>
            <translation>&amp;Unit directory</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nominations</source>
            <translation>&amp;Nominations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Deadline dashboard</source>
            <translation>&amp;Deadline dashboard</translation>
        </message>
        <message>
            <location line="+15" />
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
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location line="+5" />
            <source>no office chosen</source>
            <translation>no office chosen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Office: %1</source>
            <translation>Office: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>About hagiang-desktop</source>
            <translation>About hagiang-desktop</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hagiang-desktop %1
Plan: %2 – %3</source>
            <translation>hagiang-desktop %1
Plan: %2 – %3</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The nomination form has changes that are not saved. Save them before closing?</source>
            <translation>The nomination form has changes that are not saved. Save them before closing?</translation>
        </message>
    </context>
    <context>
        <name>NominationEntryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/nomination_entry.py" line="+59" />
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
            <source>Supplement</source>
            <translation>Supplement</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Does not meet every criterion of its field and kind</source>
            <translation>Does not meet every criterion of its field and kind</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message numerus="yes">
            <location line="+63" />
            <source>%n nomination(s)</source>
            <translation>
                <numerusform>%n nomination</numerusform>
                <numerusform>%n nominations</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>New nomination</source>
            <translation>New nomination</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Nomination #%1</source>
            <translation>Nomination #%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The form has changes that are not saved. Discard them?</source>
            <translation>The form has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cannot save</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location line="+7" />
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
        <message>
            <location line="+6" />
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nominations with the same name in the same field and year:
%1

Check whether they are the same.</source>
            <translation>Nominations with the same name in the same field and year:
%1

Check whether they are the same.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Delete nomination</source>
            <translation>Delete nomination</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete nomination #%1? A record of it is kept in the audit log.</source>
            <translation>Delete nomination #%1? A record of it is kept in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>NominationForm</name>
        <message>
            <location filename="../hagiang_desktop/ui/widgets/nomination_form.py" line="+64" />
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
            <location line="+15" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+17" />
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
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registering &amp;unit:</source>
            <translation>Registering &amp;unit:</translation>
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
            <location line="+1" />
            <source>Received on:</source>
            <translation>Received on:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Channel:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Criteria of Plan 127</source>
            <translation>Criteria of Plan 127</translation>
        </message>
        <message>
            <location line="+84" />
            <source>General criteria (III.1)</source>
            <translation>General criteria (III.1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Criteria of field %1</source>
            <translation>Criteria of field %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ticks that no longer apply and were dropped: %1</source>
            <translation>Ticks that no longer apply and were dropped: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Eligible: meets every general and field criterion.</source>
            <translation>Eligible: meets every general and field criterion.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not eligible yet. Missing: %1</source>
            <translation>Not eligible yet. Missing: %1</translation>
        </message>
    </context>
    <context>
        <name>UnitDirectoryTab</name>
        <message>
            <location filename="../hagiang_desktop/ui/tabs/unit_directory.py" line="+28" />
            <source>Search units, e.g. dong van</source>
            <extracomment>Wait this long after the last keystroke before searching (typing "hoang su phi" is one search).</extracomment>
            <translation>Search units, e.g. dong van</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>%n unit(s) found</source>
            <translation>
                <numerusform>%n unit found</numerusform>
                <numerusform>%n units found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../hagiang_desktop/ui/app.py" line="+49" />
            <source>Database from a newer version</source>
            <translation>Database from a newer version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file %1 was made by a newer version of the program. Install the newer version; the file was not changed.</source>
            <translation>The file %1 was made by a newer version of the program. Install the newer version; the file was not changed.</translation>
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
            <location line="+1" />
            <source>Choose a field of the plan.</source>
            <translation>Choose a field of the plan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This field does not accept this kind of nominee. Choose another field or kind.</source>
            <translation>This field does not accept this kind of nominee. Choose another field or kind.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the registering unit from the list (type part of its name).</source>
            <translation>Choose the registering unit from the list (type part of its name).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some ticked criteria do not belong to this field and kind: %1</source>
            <translation>Some ticked criteria do not belong to this field and kind: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This nomination no longer exists; it may have been deleted.</source>
            <translation>This nomination no longer exists; it may have been deleted.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../hagiang_desktop/ui/labels.py" line="+8" />
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
            <source>Public unit</source>
            <translation>Public unit</translation>
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
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>Returned</translation>
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
            <location line="+33" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
</TS>