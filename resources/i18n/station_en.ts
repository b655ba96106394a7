<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>not configured</source>
            <translation>not configured</translation>
        </message>
        <message>
            <source>The scale is not connected: check its cable and power. The station reconnects by itself when the scale is back; no weight is accepted until then.</source>
            <translation>The scale is not connected: check its cable and power. The station reconnects by itself when the scale is back; no weight is accepted until then.</translation>
        </message>
        <message>
            <source>The scale's port is used by another program: close it, then try again.</source>
            <translation>The scale's port is used by another program: close it, then try again.</translation>
        </message>
        <message>
            <source>The scale does not answer: check that it is switched on, its cable, and its baud rate and protocol.</source>
            <translation>The scale does not answer: check that it is switched on, its cable, and its baud rate and protocol.</translation>
        </message>
        <message>
            <source>The scale answers, but its weight did not settle in time: shield it from draughts and vibration, keep hands off the pan, then try again.</source>
            <translation>The scale answers, but its weight did not settle in time: shield it from draughts and vibration, keep hands off the pan, then try again.</translation>
        </message>
        <message>
            <source>Scale: {error}</source>
            <translation>Scale: {error}</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing: no weighing is accepted until the technician checks it.</source>
            <translation>The scale's reference-weight check is overdue, failed or missing: no weighing is accepted until the technician checks it.</translation>
        </message>
        <message>
            <source>The scale failed its last reference-weight check: call the technician before weighing doses.</source>
            <translation>The scale failed its last reference-weight check: call the technician before weighing doses.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue or missing: ask the technician to check it with the reference weight.</source>
            <translation>The scale's reference-weight check is overdue or missing: ask the technician to check it with the reference weight.</translation>
        </message>
        <message>
            <source>Paper is out: load a new roll of labels</source>
            <translation>Paper is out: load a new roll of labels</translation>
        </message>
        <message>
            <source>The print head is open: close it until it clicks</source>
            <translation>The print head is open: close it until it clicks</translation>
        </message>
        <message>
            <source>The printer is paused: press its pause button</source>
            <translation>The printer is paused: press its pause button</translation>
        </message>
        <message>
            <source>The ribbon is out: load a new ribbon</source>
            <translation>The ribbon is out: load a new ribbon</translation>
        </message>
        <message>
            <source>The printer is busy: wait a moment</source>
            <translation>The printer is busy: wait a moment</translation>
        </message>
        <message>
            <source>The print head is too cold: wait for it to warm up</source>
            <translation>The print head is too cold: wait for it to warm up</translation>
        </message>
        <message>
            <source>The print head is too hot: let it cool down</source>
            <translation>The print head is too hot: let it cool down</translation>
        </message>
        <message>
            <source>the label may be incomplete: print it again</source>
            <translation>the label may be incomplete: print it again</translation>
        </message>
        <message>
            <source>The printer does not answer. Check that it is switched on, that labels are loaded and that the print head is closed (the printer stays silent while paper is out or the head is open), then press Print again.</source>
            <translation>The printer does not answer. Check that it is switched on, that labels are loaded and that the print head is closed (the printer stays silent while paper is out or the head is open), then press Print again.</translation>
        </message>
        <message>
            <source>The printer is not connected: check its cable and power, then print again.</source>
            <translation>The printer is not connected: check its cable and power, then print again.</translation>
        </message>
        <message>
            <source>The printer's port is used by another program: close it, then print again.</source>
            <translation>The printer's port is used by another program: close it, then print again.</translation>
        </message>
        <message>
            <source>Printer: {error}</source>
            <translation>Printer: {error}</translation>
        </message>
        <message>
            <source>no scale configured</source>
            <translation>no scale configured</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connecting…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>ready (reconnected)</source>
            <translation>ready (reconnected)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>No scale is connected.</translation>
        </message>
        <message>
            <source>no printer configured</source>
            <translation>no printer configured</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>No printer is connected.</translation>
        </message>
        <message>
            <source>printing…</source>
            <translation>printing…</translation>
        </message>
        <message>
            <source>keyboard scanner only</source>
            <translation>keyboard scanner only</translation>
        </message>
        <message>
            <source>The scanner is not connected: check its cable (keyboard input still works).</source>
            <translation>The scanner is not connected: check its cable (keyboard input still works).</translation>
        </message>
        <message>
            <source>Scanner: {error}</source>
            <translation>Scanner: {error}</translation>
        </message>
        <message>
            <source>Dose allowed</source>
            <translation>Dose allowed</translation>
        </message>
        <message>
            <source>Allowed with a warning: read it and acknowledge</source>
            <translation>Allowed with a warning: read it and acknowledge</translation>
        </message>
        <message>
            <source>A second staff member must approve, with a reason</source>
            <translation>A second staff member must approve, with a reason</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>No dose now</translation>
        </message>
        <message>
            <source>Only a clinic lead can lift this (outside the visit).</source>
            <translation>Only a clinic lead can lift this (outside the visit).</translation>
        </message>
        <message>
            <source>Nobody can override this at the counter.</source>
            <translation>Nobody can override this at the counter.</translation>
        </message>
        <message>
            <source>A clinic lead must approve.</source>
            <translation>A clinic lead must approve.</translation>
        </message>
        <message>
            <source>A second nurse or a clinic lead can approve.</source>
            <translation>A second nurse or a clinic lead can approve.</translation>
        </message>
        <message>
            <source>choose the sedation score…</source>
            <translation>choose the sedation score…</translation>
        </message>
        <message>
            <source>called</source>
            <translation>called</translation>
        </message>
        <message>
            <source>visited</source>
            <translation>visited</translation>
        </message>
        <message>
            <source>message left</source>
            <translation>message left</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>As many missed days as the rules warn at: the next dose needs a comment.</source>
            <translation>As many missed days as the rules warn at: the next dose needs a comment.</translation>
        </message>
        <message>
            <source>at the window</source>
            <translation>at the window</translation>
        </message>
        <message>
            <source>not due until {time}</source>
            <translation>not due until {time}</translation>
        </message>
        <message>
            <source>called at {time}</source>
            <translation>called at {time}</translation>
        </message>
        <message>
            <source>due</source>
            <translation>due</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Sign in to check and discharge.</source>
            <translation>Sign in to check and discharge.</translation>
        </message>
        <message>
            <source>The observation board could not be read.</source>
            <translation>The observation board could not be read.</translation>
        </message>
        <message>
            <source>Not discharged after the time was up: %1. Check these patients now.</source>
            <translation>Not discharged after the time was up: %1. Check these patients now.</translation>
        </message>
        <message>
            <source>Observation time is up: %1.</source>
            <translation>Observation time is up: %1.</translation>
        </message>
        <message>
            <source>No one is under observation.</source>
            <translation>No one is under observation.</translation>
        </message>
        <message numerus="yes">
            <source>Observation board (%n patient(s))</source>
            <translation>
                <numerusform>Observation board (%n patient)</numerusform>
                <numerusform>Observation board (%n patients)</numerusform>
            </translation>
        </message>
        <message>
            <source>Observation board</source>
            <translation>Observation board</translation>
        </message>
        <message>
            <source>Patients under observation</source>
            <translation>Patients under observation</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Locked.</translation>
        </message>
    </context>
    <context>
        <name>AbsentDialog</name>
        <message>
            <source>Absent patients</source>
            <translation>Absent patients</translation>
        </message>
        <message>
            <source>Away for at least this many days</source>
            <translation>Away for at least this many days</translation>
        </message>
        <message>
            <source>Contact log of the chosen patient</source>
            <translation>Contact log of the chosen patient</translation>
        </message>
        <message>
            <source>How the patient was contacted</source>
            <translation>How the patient was contacted</translation>
        </message>
        <message>
            <source>Contact note</source>
            <translation>Contact note</translation>
        </message>
        <message>
            <source>e.g. no answer, voicemail</source>
            <translation>e.g. no answer, voicemail</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>&amp;Log contact</translation>
        </message>
        <message>
            <source>Log the contact</source>
            <translation>Log the contact</translation>
        </message>
        <message>
            <source>Absent patients message</source>
            <translation>Absent patients message</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Cl&amp;ose</translation>
        </message>
        <message>
            <source>Close the absent patients</source>
            <translation>Close the absent patients</translation>
        </message>
        <message>
            <source>Away for at least (&amp;days)</source>
            <translation>Away for at least (&amp;days)</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Contact log</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;How</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Choose the patient in the list first.</translation>
        </message>
        <message>
            <source>Contact logged.</source>
            <translation>Contact logged.</translation>
        </message>
    </context>
    <context>
        <name>AbsentModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Clinic id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Last dose</translation>
        </message>
        <message>
            <source>Days away</source>
            <translation>Days away</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Missed days</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
    </context>
    <context>
        <name>AdministerStep</name>
        <message>
            <source>Administer</source>
            <translation>Administer</translation>
        </message>
        <message>
            <source>Administer step</source>
            <translation>Administer step</translation>
        </message>
        <message>
            <source>Prepared dose</source>
            <translation>Prepared dose</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Booth</translation>
        </message>
        <message>
            <source>Booth {n}</source>
            <translation>Booth {n}</translation>
        </message>
        <message>
            <source>&amp;Full: all of it was injected</source>
            <translation>&amp;Full: all of it was injected</translation>
        </message>
        <message>
            <source>&amp;Partial: some was injected</source>
            <translation>&amp;Partial: some was injected</translation>
        </message>
        <message>
            <source>Fai&amp;led: nothing or little went in</source>
            <translation>Fai&amp;led: nothing or little went in</translation>
        </message>
        <message>
            <source>Outcome full</source>
            <translation>Outcome full</translation>
        </message>
        <message>
            <source>Outcome partial</source>
            <translation>Outcome partial</translation>
        </message>
        <message>
            <source>Outcome failed</source>
            <translation>Outcome failed</translation>
        </message>
        <message>
            <source>Milligrams actually injected</source>
            <translation>Milligrams actually injected</translation>
        </message>
        <message>
            <source>mg injected</source>
            <translation>mg injected</translation>
        </message>
        <message>
            <source>Remainder to waste</source>
            <translation>Remainder to waste</translation>
        </message>
        <message>
            <source>Venous access failed (longer observation)</source>
            <translation>Venous access failed (longer observation)</translation>
        </message>
        <message>
            <source>Venous access failed</source>
            <translation>Venous access failed</translation>
        </message>
        <message>
            <source>&amp;Record administration</source>
            <translation>&amp;Record administration</translation>
        </message>
        <message>
            <source>Record administration</source>
            <translation>Record administration</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;End visit</translation>
        </message>
        <message>
            <source>End visit without a dose</source>
            <translation>End visit without a dose</translation>
        </message>
        <message>
            <source>Administration message</source>
            <translation>Administration message</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <source>&amp;Booth</source>
            <translation>&amp;Booth</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>&amp;Injected (mg)</source>
            <translation>&amp;Injected (mg)</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Waste</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>enter the mg injected, 0 if nothing (at most {prepared})</source>
            <translation>enter the mg injected, 0 if nothing (at most {prepared})</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <source>Adverse event: %1</source>
            <translation>Adverse event: %1</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>&amp;What happened</translation>
        </message>
        <message>
            <source>Nalo&amp;xone</source>
            <translation>Nalo&amp;xone</translation>
        </message>
        <message>
            <source>Naloxone &amp;dose (mg)</source>
            <translation>Naloxone &amp;dose (mg)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <source>Choose what happened…</source>
            <translation>Choose what happened…</translation>
        </message>
        <message>
            <source>Choose: was naloxone given?</source>
            <translation>Choose: was naloxone given?</translation>
        </message>
        <message>
            <source>No naloxone given</source>
            <translation>No naloxone given</translation>
        </message>
        <message>
            <source>Naloxone given (enter the dose)</source>
            <translation>Naloxone given (enter the dose)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Naloxone given or not</source>
            <translation>Naloxone given or not</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>What is missing</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>Choose what happened.</translation>
        </message>
        <message>
            <source>Say whether naloxone was given.</source>
            <translation>Say whether naloxone was given.</translation>
        </message>
        <message>
            <source>Enter the naloxone dose in mg, or choose 'No naloxone given'.</source>
            <translation>Enter the naloxone dose in mg, or choose 'No naloxone given'.</translation>
        </message>
        <message>
            <source>Naloxone dose in milligrams</source>
            <translation>Naloxone dose in milligrams</translation>
        </message>
        <message>
            <source>e.g. 0.4</source>
            <translation>e.g. 0.4</translation>
        </message>
        <message>
            <source>Time of the event</source>
            <translation>Time of the event</translation>
        </message>
    </context>
    <context>
        <name>AssessStep</name>
        <message>
            <source>Sedation score</source>
            <translation>Sedation score</translation>
        </message>
        <message>
            <source>Breath alcohol in per mille (optional)</source>
            <translation>Breath alcohol in per mille (optional)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>not measured</translation>
        </message>
        <message>
            <source>Assessment notes</source>
            <translation>Assessment notes</translation>
        </message>
        <message>
            <source>notes (optional)</source>
            <translation>notes (optional)</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dose in mg</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Drug</translation>
        </message>
        <message>
            <source>Record assessment and &amp;check rules</source>
            <translation>Record assessment and &amp;check rules</translation>
        </message>
        <message>
            <source>Record assessment and check rules</source>
            <translation>Record assessment and check rules</translation>
        </message>
        <message>
            <source>&amp;Sedation</source>
            <translation>&amp;Sedation</translation>
        </message>
        <message>
            <source>Breath &amp;alcohol (‰)</source>
            <translation>Breath &amp;alcohol (‰)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>&amp;Dose (mg)</source>
            <translation>&amp;Dose (mg)</translation>
        </message>
        <message>
            <source>The rules' decision</source>
            <translation>The rules' decision</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Reasons for the decision</source>
            <translation>Reasons for the decision</translation>
        </message>
        <message>
            <source>Use the dose the rules allow</source>
            <translation>Use the dose the rules allow</translation>
        </message>
        <message>
            <source>I have read the warnings</source>
            <translation>I have read the warnings</translation>
        </message>
        <message>
            <source>Comment on the warning</source>
            <translation>Comment on the warning</translation>
        </message>
        <message>
            <source>comment (required)</source>
            <translation>comment (required)</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Reason for the override</translation>
        </message>
        <message>
            <source>why the dose should be given</source>
            <translation>why the dose should be given</translation>
        </message>
        <message>
            <source>Get a second person's approval</source>
            <translation>Get a second person's approval</translation>
        </message>
        <message>
            <source>Get a second person's appro&amp;val…</source>
            <translation>Get a second person's appro&amp;val…</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Assessment message</source>
            <translation>Assessment message</translation>
        </message>
        <message>
            <source>Continue to &amp;prepare</source>
            <translation>Continue to &amp;prepare</translation>
        </message>
        <message>
            <source>Continue to prepare</source>
            <translation>Continue to prepare</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;End visit</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>End visit</translation>
        </message>
        <message>
            <source>Assess the patient</source>
            <translation>Assess the patient</translation>
        </message>
        <message>
            <source>Assessment step</source>
            <translation>Assessment step</translation>
        </message>
        <message>
            <source>Choose the sedation score first.</source>
            <translation>Choose the sedation score first.</translation>
        </message>
        <message>
            <source>Breath alcohol must be a number (e.g. 0.2).</source>
            <translation>Breath alcohol must be a number (e.g. 0.2).</translation>
        </message>
        <message>
            <source>Use {dose} (the most allowed now)</source>
            <translation>Use {dose} (the most allowed now)</translation>
        </message>
        <message>
            <source>Write the reason for the override first.</source>
            <translation>Write the reason for the override first.</translation>
        </message>
        <message>
            <source>Approve this dose despite: {concerns}</source>
            <translation>Approve this dose despite: {concerns}</translation>
        </message>
        <message>
            <source>Approved by {name}: {reason}</source>
            <translation>Approved by {name}: {reason}</translation>
        </message>
        <message>
            <source>Warnings read and acknowledged.</source>
            <translation>Warnings read and acknowledged.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take the patient's photo</source>
            <translation>Take the patient's photo</translation>
        </message>
        <message>
            <source>Camera message</source>
            <translation>Camera message</translation>
        </message>
        <message>
            <source>Camera picture</source>
            <translation>Camera picture</translation>
        </message>
        <message>
            <source>&amp;Take photo</source>
            <translation>&amp;Take photo</translation>
        </message>
        <message>
            <source>Take the photo now</source>
            <translation>Take the photo now</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close without a photo</source>
            <translation>Close without a photo</translation>
        </message>
        <message>
            <source>No camera is connected to this computer.</source>
            <translation>No camera is connected to this computer.</translation>
        </message>
        <message>
            <source>The camera is not ready yet: try again.</source>
            <translation>The camera is not ready yet: try again.</translation>
        </message>
        <message>
            <source>The camera reported a problem: no photo was taken.</source>
            <translation>The camera reported a problem: no photo was taken.</translation>
        </message>
    </context>
    <context>
        <name>CardIssueDialog</name>
        <message>
            <source>Issue a patient's card</source>
            <translation>Issue a patient's card</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Find a patient by clinic id or name</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>clinic id or name</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patients on this station's roster</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>Card message</source>
            <translation>Card message</translation>
        </message>
        <message>
            <source>&amp;Issue card…</source>
            <translation>&amp;Issue card…</translation>
        </message>
        <message>
            <source>Have the server issue the chosen patient's card</source>
            <translation>Have the server issue the chosen patient's card</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Cl&amp;ose</translation>
        </message>
        <message>
            <source>Close the card screen</source>
            <translation>Close the card screen</translation>
        </message>
        <message>
            <source>Choose the patient first.</source>
            <translation>Choose the patient first.</translation>
        </message>
        <message>
            <source>Asking the central server for the card…</source>
            <translation>Asking the central server for the card…</translation>
        </message>
        <message>
            <source>Card {serial} for {clinic_id} written to {file}: print it, hand it to the patient and delete the file (it carries the patient's name). Their earlier cards stop working at each station once it syncs.</source>
            <translation>Card {serial} for {clinic_id} written to {file}: print it, hand it to the patient and delete the file (it carries the patient's name). Their earlier cards stop working at each station once it syncs.</translation>
        </message>
    </context>
    <context>
        <name>ClinicRulesDialog</name>
        <message>
            <source>Clinic rules and station settings</source>
            <translation>Clinic rules and station settings</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>Close the settings</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <source>&amp;Start a blind count</source>
            <translation>&amp;Start a blind count</translation>
        </message>
        <message>
            <source>Start a count</source>
            <translation>Start a count</translation>
        </message>
        <message>
            <source>Count sheet</source>
            <translation>Count sheet</translation>
        </message>
        <message>
            <source>Record the &amp;count</source>
            <translation>Record the &amp;count</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>Record the count</translation>
        </message>
        <message>
            <source>Count result</source>
            <translation>Count result</translation>
        </message>
        <message>
            <source>Count message</source>
            <translation>Count message</translation>
        </message>
        <message>
            <source>Open discrepancies</source>
            <translation>Open discrepancies</translation>
        </message>
        <message>
            <source>Reason for the discrepancy</source>
            <translation>Reason for the discrepancy</translation>
        </message>
        <message>
            <source>Sign &amp;off</source>
            <translation>Sign &amp;off</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as the signed-in person</source>
            <translation>Sign off the discrepancy as the signed-in person</translation>
        </message>
        <message>
            <source>Sign off as a second &amp;person…</source>
            <translation>Sign off as a second &amp;person…</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as another person</source>
            <translation>Sign off the discrepancy as another person</translation>
        </message>
        <message>
            <source>Discrepancies waiting for a sign-off</source>
            <translation>Discrepancies waiting for a sign-off</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>solution</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>stock</translation>
        </message>
        <message>
            <source>g net (weighed)</source>
            <translation>g net (weighed)</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Count what is there and type it in; the book values show afterwards.</source>
            <translation>Count what is there and type it in; the book values show afterwards.</translation>
        </message>
        <message>
            <source>Nothing holds drug on the books: there is nothing to count.</source>
            <translation>Nothing holds drug on the books: there is nothing to count.</translation>
        </message>
        <message>
            <source>Type a count for {batch}.</source>
            <translation>Type a count for {batch}.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>discrepancy</source>
            <translation>discrepancy</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>matches</translation>
        </message>
        <message>
            <source>The count matches the book.</source>
            <translation>The count matches the book.</translation>
        </message>
        <message>
            <source>Count recorded: no discrepancy.</source>
            <translation>Count recorded: no discrepancy.</translation>
        </message>
        <message numerus="yes">
            <source>%n container(s) differ from the book.</source>
            <translation>
                <numerusform>%n container differ from the book.</numerusform>
                <numerusform>%n containers differ from the book.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count recorded with a discrepancy: give the reason and sign it off.</source>
            <translation>Count recorded with a discrepancy: give the reason and sign it off.</translation>
        </message>
        <message>
            <source>Count {id}</source>
            <translation>Count {id}</translation>
        </message>
        <message>
            <source>Choose a discrepancy to sign off.</source>
            <translation>Choose a discrepancy to sign off.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Give the reason for the discrepancy.</translation>
        </message>
        <message>
            <source>Discrepancy signed off; the book follows the count.</source>
            <translation>Discrepancy signed off; the book follows the count.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CounterScreen</name>
        <message>
            <source>Observation board</source>
            <translation>Observation board</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. What was already saved is kept; the step you were doing was not saved unless it shows as done. Please tell the technician.</source>
            <translation>Something went wrong inside the program. What was already saved is kept; the step you were doing was not saved unless it shows as done. Please tell the technician.</translation>
        </message>
        <message>
            <source>This step failed because of an error in the program; it was not saved. Try again, or tell the technician.</source>
            <translation>This step failed because of an error in the program; it was not saved. Try again, or tell the technician.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>The bundle holds versions, settings, calibrations, event counts, logs and the device traffic of the raw monitors (scans and label fields only as their length and a hash). Names, clinic ids and birth dates are removed from every file.</source>
            <translation>The bundle holds versions, settings, calibrations, event counts, logs and the device traffic of the raw monitors (scans and label fields only as their length and a hash). Names, clinic ids and birth dates are removed from every file.</translation>
        </message>
        <message>
            <source>What the bundle holds</source>
            <translation>What the bundle holds</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics bundle…</source>
            <translation>Save &amp;diagnostics bundle…</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle</source>
            <translation>Save the diagnostics bundle</translation>
        </message>
        <message>
            <source>Diagnostics message</source>
            <translation>Diagnostics message</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip files (*.zip)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Writing {file}…</translation>
        </message>
        <message>
            <source>Diagnostics bundle saved: {file}</source>
            <translation>Diagnostics bundle saved: {file}</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <source>Discharge: %1</source>
            <translation>Discharge: %1</translation>
        </message>
        <message>
            <source>The observation time is not over yet (%1 left). A discharge now needs a reason.</source>
            <translation>The observation time is not over yet (%1 left). A discharge now needs a reason.</translation>
        </message>
        <message>
            <source>The observation time is over. Discharge the patient?</source>
            <translation>The observation time is over. Discharge the patient?</translation>
        </message>
        <message>
            <source>&amp;Why does the patient leave early?</source>
            <translation>&amp;Why does the patient leave early?</translation>
        </message>
        <message>
            <source>Reason for leaving early</source>
            <translation>Reason for leaving early</translation>
        </message>
        <message>
            <source>e.g. leaves against advice, signed out</source>
            <translation>e.g. leaves against advice, signed out</translation>
        </message>
        <message>
            <source>A second person (nurse or clinic lead) confirms this next.</source>
            <translation>A second person (nurse or clinic lead) confirms this next.</translation>
        </message>
        <message>
            <source>Discharge &amp;note</source>
            <translation>Discharge &amp;note</translation>
        </message>
        <message>
            <source>Discharge note</source>
            <translation>Discharge note</translation>
        </message>
        <message>
            <source>e.g. alert, walking steadily</source>
            <translation>e.g. alert, walking steadily</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>What is missing</translation>
        </message>
        <message>
            <source>&amp;Discharge</source>
            <translation>&amp;Discharge</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Discharge</translation>
        </message>
        <message>
            <source>Say why the patient leaves before the time is up.</source>
            <translation>Say why the patient leaves before the time is up.</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <source>Dose recorded</source>
            <translation>Dose recorded</translation>
        </message>
        <message>
            <source>Observation summary</source>
            <translation>Observation summary</translation>
        </message>
        <message>
            <source>&amp;Next patient</source>
            <translation>&amp;Next patient</translation>
        </message>
        <message>
            <source>Next patient</source>
            <translation>Next patient</translation>
        </message>
    </context>
    <context>
        <name>DoseActions</name>
        <message>
            <source>Recent doses</source>
            <translation>Recent doses</translation>
        </message>
        <message>
            <source>Recent doses of the chosen patient</source>
            <translation>Recent doses of the chosen patient</translation>
        </message>
        <message>
            <source>No dose on record.</source>
            <translation>No dose on record.</translation>
        </message>
        <message>
            <source>No dose on record</source>
            <translation>No dose on record</translation>
        </message>
        <message>
            <source>Reason for voiding the dose or correcting its time</source>
            <translation>Reason for voiding the dose or correcting its time</translation>
        </message>
        <message>
            <source>e.g. recorded for the wrong patient</source>
            <translation>e.g. recorded for the wrong patient</translation>
        </message>
        <message>
            <source>&amp;Void the chosen dose…</source>
            <translation>&amp;Void the chosen dose…</translation>
        </message>
        <message>
            <source>Void the chosen dose record</source>
            <translation>Void the chosen dose record</translation>
        </message>
        <message>
            <source>Corrected time of the chosen dose, in the clinic's time zone</source>
            <translation>Corrected time of the chosen dose, in the clinic's time zone</translation>
        </message>
        <message>
            <source>&amp;Correct the time</source>
            <translation>&amp;Correct the time</translation>
        </message>
        <message>
            <source>Correct the chosen dose's time</source>
            <translation>Correct the chosen dose's time</translation>
        </message>
        <message>
            <source>Recent &amp;doses</source>
            <translation>Recent &amp;doses</translation>
        </message>
        <message>
            <source>Re&amp;ason</source>
            <translation>Re&amp;ason</translation>
        </message>
        <message>
            <source>Corrected ti&amp;me (clinic time)</source>
            <translation>Corrected ti&amp;me (clinic time)</translation>
        </message>
        <message>
            <source>{time}  {drug} {mg} ({outcome}), station {station}</source>
            <translation>{time}  {drug} {mg} ({outcome}), station {station}</translation>
        </message>
        <message>
            <source> — VOIDED</source>
            <translation> — VOIDED</translation>
        </message>
        <message>
            <source>Choose a patient and one of their doses first.</source>
            <translation>Choose a patient and one of their doses first.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Say why the dose record is voided.</translation>
        </message>
        <message>
            <source>Confirm that this dose record was entered in error and is voided.</source>
            <translation>Confirm that this dose record was entered in error and is voided.</translation>
        </message>
        <message>
            <source>The dose record is voided; it no longer counts.</source>
            <translation>The dose record is voided; it no longer counts.</translation>
        </message>
        <message>
            <source>The dose's time is corrected to {time}.</source>
            <translation>The dose's time is corrected to {time}.</translation>
        </message>
    </context>
    <context>
        <name>DoseWords</name>
        <message>
            <source>full</source>
            <translation>full</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>partial</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
    </context>
    <context>
        <name>EndVisitDialog</name>
        <message>
            <source>The patient left</source>
            <translation>The patient left</translation>
        </message>
        <message>
            <source>The patient declined the dose</source>
            <translation>The patient declined the dose</translation>
        </message>
        <message>
            <source>Not fit for a dose now (intoxicated, unwell)</source>
            <translation>Not fit for a dose now (intoxicated, unwell)</translation>
        </message>
        <message>
            <source>The rules allow no dose now</source>
            <translation>The rules allow no dose now</translation>
        </message>
        <message>
            <source>A problem with the syringe or the solution</source>
            <translation>A problem with the syringe or the solution</translation>
        </message>
        <message>
            <source>Another reason (say which)</source>
            <translation>Another reason (say which)</translation>
        </message>
        <message>
            <source>End the visit without a dose</source>
            <translation>End the visit without a dose</translation>
        </message>
        <message>
            <source>The patient was assessed. Why is the dose not given?</source>
            <translation>The patient was assessed. Why is the dose not given?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Why the dose is not given</source>
            <translation>Why the dose is not given</translation>
        </message>
        <message>
            <source>choose why…</source>
            <translation>choose why…</translation>
        </message>
        <message>
            <source>More about why</source>
            <translation>More about why</translation>
        </message>
        <message>
            <source>words (required for another)</source>
            <translation>words (required for another)</translation>
        </message>
        <message>
            <source>E&amp;nd the visit</source>
            <translation>E&amp;nd the visit</translation>
        </message>
        <message>
            <source>End the visit</source>
            <translation>End the visit</translation>
        </message>
        <message>
            <source>&amp;Keep the visit</source>
            <translation>&amp;Keep the visit</translation>
        </message>
        <message>
            <source>Keep the visit</source>
            <translation>Keep the visit</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Why</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;More</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentPage</name>
        <message>
            <source>Enrollment state</source>
            <translation>Enrollment state</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>One-time enrollment code</source>
            <translation>One-time enrollment code</translation>
        </message>
        <message>
            <source>Clinic CA file (PEM)</source>
            <translation>Clinic CA file (PEM)</translation>
        </message>
        <message>
            <source>Optional: /path/to/clinic-ca.pem</source>
            <translation>Optional: /path/to/clinic-ca.pem</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose the clinic CA file</source>
            <translation>Choose the clinic CA file</translation>
        </message>
        <message>
            <source>Only needed when the server's certificate is signed by the clinic's own certificate authority.</source>
            <translation>Only needed when the server's certificate is signed by the clinic's own certificate authority.</translation>
        </message>
        <message>
            <source>About the clinic CA file</source>
            <translation>About the clinic CA file</translation>
        </message>
        <message>
            <source>&amp;Enroll this station</source>
            <translation>&amp;Enroll this station</translation>
        </message>
        <message>
            <source>Enroll this station</source>
            <translation>Enroll this station</translation>
        </message>
        <message>
            <source>Check and &amp;use this CA file</source>
            <translation>Check and &amp;use this CA file</translation>
        </message>
        <message>
            <source>Check the server's certificate with this CA file, then use it</source>
            <translation>Check the server's certificate with this CA file, then use it</translation>
        </message>
        <message>
            <source>Use the s&amp;ystem's CAs</source>
            <translation>Use the s&amp;ystem's CAs</translation>
        </message>
        <message>
            <source>Check the server's certificate with the system's CAs again</source>
            <translation>Check the server's certificate with the system's CAs again</translation>
        </message>
        <message>
            <source>Enrollment message</source>
            <translation>Enrollment message</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>Server &amp;address</translation>
        </message>
        <message>
            <source>One-time &amp;code</source>
            <translation>One-time &amp;code</translation>
        </message>
        <message>
            <source>Clinic CA &amp;file (PEM)</source>
            <translation>Clinic CA &amp;file (PEM)</translation>
        </message>
        <message>
            <source>Clinic CA file</source>
            <translation>Clinic CA file</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <source>To change it, give the clinic's new CA file and press "Check and use this CA file": the server's certificate is checked with it first.</source>
            <translation>To change it, give the clinic's new CA file and press "Check and use this CA file": the server's certificate is checked with it first.</translation>
        </message>
        <message>
            <source>Not enrolled: the station works offline.</source>
            <translation>Not enrolled: the station works offline.</translation>
        </message>
        <message>
            <source>The server is http://: it has no certificate to check.</source>
            <translation>The server is http://: it has no certificate to check.</translation>
        </message>
        <message>
            <source>Enrolled with {url} (clinic {clinic}); server key {key} pinned.</source>
            <translation>Enrolled with {url} (clinic {clinic}); server key {key} pinned.</translation>
        </message>
        <message>
            <source>Server certificate checked with {path}.</source>
            <translation>Server certificate checked with {path}.</translation>
        </message>
        <message>
            <source>Give the server's address (http:// or https://) and the one-time code.</source>
            <translation>Give the server's address (http:// or https://) and the one-time code.</translation>
        </message>
        <message>
            <source>The clinic CA file checks an https:// server: give an https:// address or leave the CA file empty.</source>
            <translation>The clinic CA file checks an https:// server: give an https:// address or leave the CA file empty.</translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Enrolling…</translation>
        </message>
        <message>
            <source>Give the clinic's CA file (PEM) to check the server's certificate with.</source>
            <translation>Give the clinic's CA file (PEM) to check the server's certificate with.</translation>
        </message>
        <message>
            <source>Checking the server's certificate…</source>
            <translation>Checking the server's certificate…</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with {path}.</source>
            <translation>The server's certificate is now checked with {path}.</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with the system's CAs.</source>
            <translation>The server's certificate is now checked with the system's CAs.</translation>
        </message>
        <message>
            <source>Station enrolled.</source>
            <translation>Station enrolled.</translation>
        </message>
    </context>
    <context>
        <name>HandoverBox</name>
        <message>
            <source>checking the face</source>
            <translation>checking the face</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>assessment</translation>
        </message>
        <message>
            <source>preparing the syringe</source>
            <translation>preparing the syringe</translation>
        </message>
        <message>
            <source>labelling the syringe</source>
            <translation>labelling the syringe</translation>
        </message>
        <message>
            <source>the syringe is ready to give</source>
            <translation>the syringe is ready to give</translation>
        </message>
        <message>
            <source>Visit in progress</source>
            <translation>Visit in progress</translation>
        </message>
        <message>
            <source>Visit in progress by another person</source>
            <translation>Visit in progress by another person</translation>
        </message>
        <message>
            <source>Whose visit is in progress</source>
            <translation>Whose visit is in progress</translation>
        </message>
        <message>
            <source>&amp;Take over this visit</source>
            <translation>&amp;Take over this visit</translation>
        </message>
        <message>
            <source>Take over this visit (recorded)</source>
            <translation>Take over this visit (recorded)</translation>
        </message>
        <message>
            <source>A visit is in progress by {name} since {time} ({step}).</source>
            <translation>A visit is in progress by {name} since {time} ({step}).</translation>
        </message>
        <message numerus="yes">
            <source>%n more open visit(s).</source>
            <translation>
                <numerusform>%n more open visit.</numerusform>
                <numerusform>%n more open visits.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdentifyStep</name>
        <message>
            <source>Scan the patient's card (serial scanner or keyboard scanner).</source>
            <translation>Scan the patient's card (serial scanner or keyboard scanner).</translation>
        </message>
        <message>
            <source>Scan the card</source>
            <translation>Scan the card</translation>
        </message>
        <message>
            <source>Identification message</source>
            <translation>Identification message</translation>
        </message>
        <message>
            <source>Without a card</source>
            <translation>Without a card</translation>
        </message>
        <message>
            <source>Identify without a card</source>
            <translation>Identify without a card</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>family name</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>Sea&amp;rch</translation>
        </message>
        <message>
            <source>Search patients</source>
            <translation>Search patients</translation>
        </message>
        <message>
            <source>Matching patients</source>
            <translation>Matching patients</translation>
        </message>
        <message>
            <source>Reason for identifying without a card</source>
            <translation>Reason for identifying without a card</translation>
        </message>
        <message>
            <source>e.g. card left at home</source>
            <translation>e.g. card left at home</translation>
        </message>
        <message>
            <source>Identify with a &amp;witness…</source>
            <translation>Identify with a &amp;witness…</translation>
        </message>
        <message>
            <source>Identify with a witness</source>
            <translation>Identify with a witness</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Family name</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Birth date</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Matches</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>Rea&amp;son</translation>
        </message>
        <message>
            <source>Check the face</source>
            <translation>Check the face</translation>
        </message>
        <message>
            <source>Check the face against the photo</source>
            <translation>Check the face against the photo</translation>
        </message>
        <message>
            <source>Does the person in front of you match the photo and birth date?</source>
            <translation>Does the person in front of you match the photo and birth date?</translation>
        </message>
        <message>
            <source>Face check question</source>
            <translation>Face check question</translation>
        </message>
        <message>
            <source>&amp;Yes, it is this patient</source>
            <translation>&amp;Yes, it is this patient</translation>
        </message>
        <message>
            <source>Face matches: continue</source>
            <translation>Face matches: continue</translation>
        </message>
        <message>
            <source>No, stop</source>
            <translation>No, stop</translation>
        </message>
        <message>
            <source>Face does not match: stop</source>
            <translation>Face does not match: stop</translation>
        </message>
        <message>
            <source>Checking the card…</source>
            <translation>Checking the card…</translation>
        </message>
        <message>
            <source>Identity recorded. Check the face.</source>
            <translation>Identity recorded. Check the face.</translation>
        </message>
        <message>
            <source>Enter the family name and the birth date.</source>
            <translation>Enter the family name and the birth date.</translation>
        </message>
        <message>
            <source>No patient with this family name and birth date.</source>
            <translation>No patient with this family name and birth date.</translation>
        </message>
        <message>
            <source>Search and choose the patient first.</source>
            <translation>Search and choose the patient first.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Say why the patient is identified without a card.</translation>
        </message>
        <message>
            <source>Confirm that the person at the counter is the patient chosen (no card).</source>
            <translation>Confirm that the person at the counter is the patient chosen (no card).</translation>
        </message>
    </context>
    <context>
        <name>IncidentsDialog</name>
        <message>
            <source>Suspected double dose</source>
            <translation>Suspected double dose</translation>
        </message>
        <message>
            <source>Daily maximum exceeded across stations</source>
            <translation>Daily maximum exceeded across stations</translation>
        </message>
        <message>
            <source>Two histories under one station (fork)</source>
            <translation>Two histories under one station (fork)</translation>
        </message>
        <message>
            <source>Records whose signature does not match</source>
            <translation>Records whose signature does not match</translation>
        </message>
        <message>
            <source>Incidents to review</source>
            <translation>Incidents to review</translation>
        </message>
        <message>
            <source>Asking the central server…</source>
            <translation>Asking the central server…</translation>
        </message>
        <message>
            <source>Server state</source>
            <translation>Server state</translation>
        </message>
        <message>
            <source>Incidents raised by the central server</source>
            <translation>Incidents raised by the central server</translation>
        </message>
        <message>
            <source>No incident chosen.</source>
            <translation>No incident chosen.</translation>
        </message>
        <message>
            <source>Chosen incident</source>
            <translation>Chosen incident</translation>
        </message>
        <message>
            <source>Doses involved in the chosen incident</source>
            <translation>Doses involved in the chosen incident</translation>
        </message>
        <message>
            <source>How the incident was resolved</source>
            <translation>How the incident was resolved</translation>
        </message>
        <message>
            <source>Incidents message</source>
            <translation>Incidents message</translation>
        </message>
        <message>
            <source>&amp;Fetch again</source>
            <translation>&amp;Fetch again</translation>
        </message>
        <message>
            <source>Fetch the incidents from the server again</source>
            <translation>Fetch the incidents from the server again</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Cl&amp;ose</translation>
        </message>
        <message>
            <source>Close the incidents</source>
            <translation>Close the incidents</translation>
        </message>
        <message>
            <source>Resolve the chosen incident</source>
            <translation>Resolve the chosen incident</translation>
        </message>
        <message>
            <source>What was found and done</source>
            <translation>What was found and done</translation>
        </message>
        <message>
            <source>e.g. both doses confirmed, patient seen</source>
            <translation>e.g. both doses confirmed, patient seen</translation>
        </message>
        <message>
            <source>Your password, to sign as reviewed</source>
            <translation>Your password, to sign as reviewed</translation>
        </message>
        <message>
            <source>&amp;Resolve (sign as reviewed)</source>
            <translation>&amp;Resolve (sign as reviewed)</translation>
        </message>
        <message>
            <source>Resolve the chosen incident with your signature</source>
            <translation>Resolve the chosen incident with your signature</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>&amp;Incidents</source>
            <translation>&amp;Incidents</translation>
        </message>
        <message>
            <source>&amp;Doses involved</source>
            <translation>&amp;Doses involved</translation>
        </message>
        <message numerus="yes">
            <source>Fetched from the central server at {time}: %n open incident(s).</source>
            <translation>
                <numerusform>Fetched from the central server at {time}: %n open incident.</numerusform>
                <numerusform>Fetched from the central server at {time}: %n open incidents.</numerusform>
            </translation>
        </message>
        <message>
            <source>The central server cannot be asked now, and no list was fetched yet.</source>
            <translation>The central server cannot be asked now, and no list was fetched yet.</translation>
        </message>
        <message>
            <source>The central server cannot be asked now: this is the list fetched at {time}.</source>
            <translation>The central server cannot be asked now: this is the list fetched at {time}.</translation>
        </message>
        <message>
            <source>a patient not on this station's roster</source>
            <translation>a patient not on this station's roster</translation>
        </message>
        <message>
            <source>no patient</source>
            <translation>no patient</translation>
        </message>
        <message>
            <source>resolved here, sent with the next sync</source>
            <translation>resolved here, sent with the next sync</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>{kind} — {patient} — raised {time} — {status}</source>
            <translation>{kind} — {patient} — raised {time} — {status}</translation>
        </message>
        <message>
            <source>{time}: {mg} mg {drug} at station {station}, given by {by}</source>
            <translation>{time}: {mg} mg {drug} at station {station}, given by {by}</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(not known to the server)</translation>
        </message>
        <message>
            <source>Resolved by {name} at {time}: {note}</source>
            <translation>Resolved by {name} at {time}: {note}</translation>
        </message>
        <message>
            <source>Resolved at this station; the server marks it when the station syncs.</source>
            <translation>Resolved at this station; the server marks it when the station syncs.</translation>
        </message>
        <message>
            <source>Open: review the doses and resolve it.</source>
            <translation>Open: review the doses and resolve it.</translation>
        </message>
        <message>
            <source>Enter your password to sign.</source>
            <translation>Enter your password to sign.</translation>
        </message>
        <message>
            <source>Resolved and signed. The server marks it when this station syncs.</source>
            <translation>Resolved and signed. The server marks it when this station syncs.</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Register a patient</source>
            <translation>Register a patient</translation>
        </message>
        <message>
            <source>Registration message</source>
            <translation>Registration message</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Given names</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.yyyy</translation>
        </message>
        <message>
            <source>Clinic number</source>
            <translation>Clinic number</translation>
        </message>
        <message>
            <source>e.g. HAT-0042</source>
            <translation>e.g. HAT-0042</translation>
        </message>
        <message>
            <source>Home station</source>
            <translation>Home station</translation>
        </message>
        <message>
            <source>I checked: this is a &amp;different person from the patient(s) on the roster</source>
            <translation>I checked: this is a &amp;different person from the patient(s) on the roster</translation>
        </message>
        <message>
            <source>This is a different person</source>
            <translation>This is a different person</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Family name</translation>
        </message>
        <message>
            <source>&amp;Given names</source>
            <translation>&amp;Given names</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Birth date</translation>
        </message>
        <message>
            <source>&amp;Clinic number</source>
            <translation>&amp;Clinic number</translation>
        </message>
        <message>
            <source>&amp;Home station</source>
            <translation>&amp;Home station</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>Register the patient</source>
            <translation>Register the patient</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close without registering</source>
            <translation>Close without registering</translation>
        </message>
        <message>
            <source>Photo for identification</source>
            <translation>Photo for identification</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>No photo yet</translation>
        </message>
        <message>
            <source>Photo preview</source>
            <translation>Photo preview</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>&amp;Import from file…</translation>
        </message>
        <message>
            <source>Import the photo from a file</source>
            <translation>Import the photo from a file</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>&amp;Take photo…</translation>
        </message>
        <message>
            <source>Take the photo</source>
            <translation>Take the photo</translation>
        </message>
        <message>
            <source>No camera support installed: import the photo from a file.</source>
            <translation>No camera support installed: import the photo from a file.</translation>
        </message>
        <message>
            <source>Camera unavailable</source>
            <translation>Camera unavailable</translation>
        </message>
        <message>
            <source>Import the patient's photo</source>
            <translation>Import the patient's photo</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>Reading the photo…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>The file could not be read.</translation>
        </message>
        <message>
            <source>Photo preview: a photo is chosen</source>
            <translation>Photo preview: a photo is chosen</translation>
        </message>
        <message>
            <source>Photo ready: it is kept with the registration.</source>
            <translation>Photo ready: it is kept with the registration.</translation>
        </message>
        <message>
            <source>Type the birth date as day.month.year, for example 14.07.1981.</source>
            <translation>Type the birth date as day.month.year, for example 14.07.1981.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDialog</name>
        <message>
            <source>The station's record was changed</source>
            <translation>The station's record was changed</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>What was found</translation>
        </message>
        <message>
            <source>Until the record is rebuilt, this station gives no dose, counts no stock and does not sync.</source>
            <translation>Until the record is rebuilt, this station gives no dose, counts no stock and does not sync.</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>What it means</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain: what the chain can give back is derived again, and what was set back is listed and recorded.</source>
            <translation>Rebuild the record from the verified chain: what the chain can give back is derived again, and what was set back is listed and recorded.</translation>
        </message>
        <message>
            <source>Call an administrator: only they can rebuild the record.</source>
            <translation>Call an administrator: only they can rebuild the record.</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>What the rebuild set back</source>
            <translation>What the rebuild set back</translation>
        </message>
        <message>
            <source>Rebuild message</source>
            <translation>Rebuild message</translation>
        </message>
        <message>
            <source>&amp;Rebuild the record</source>
            <translation>&amp;Rebuild the record</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain</source>
            <translation>Rebuild the record from the verified chain</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Rebuilding the record from the verified chain…</source>
            <translation>Rebuilding the record from the verified chain…</translation>
        </message>
        <message>
            <source>Nothing to set back.</source>
            <translation>Nothing to set back.</translation>
        </message>
        <message>
            <source>The record is rebuilt and sealed again: the station works again.</source>
            <translation>The record is rebuilt and sealed again: the station works again.</translation>
        </message>
    </context>
    <context>
        <name>LabelStep</name>
        <message>
            <source>Print the syringe label</source>
            <translation>Print the syringe label</translation>
        </message>
        <message>
            <source>Label step</source>
            <translation>Label step</translation>
        </message>
        <message>
            <source>Label preview</source>
            <translation>Label preview</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Printer status</translation>
        </message>
        <message>
            <source>&amp;Print label</source>
            <translation>&amp;Print label</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Print the label</translation>
        </message>
        <message>
            <source>Printing message</source>
            <translation>Printing message</translation>
        </message>
        <message>
            <source>Continue to &amp;administer</source>
            <translation>Continue to &amp;administer</translation>
        </message>
        <message>
            <source>Continue to administer</source>
            <translation>Continue to administer</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;End visit</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>End visit</translation>
        </message>
        <message>
            <source>Why the syringe goes without a printed label</source>
            <translation>Why the syringe goes without a printed label</translation>
        </message>
        <message>
            <source>reason (printer out of order…)</source>
            <translation>reason (printer out of order…)</translation>
        </message>
        <message>
            <source>&amp;Go on without a label…</source>
            <translation>&amp;Go on without a label…</translation>
        </message>
        <message>
            <source>Go on without a printed label, with a second person</source>
            <translation>Go on without a printed label, with a second person</translation>
        </message>
        <message>
            <source>Printer: {state} — {message}</source>
            <translation>Printer: {state} — {message}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Label printed. Stick it on the syringe.</source>
            <translation>Label printed. Stick it on the syringe.</translation>
        </message>
        <message>
            <source>Label printed again ({n} prints, recorded with the dose).</source>
            <translation>Label printed again ({n} prints, recorded with the dose).</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>&amp;Print again</translation>
        </message>
        <message>
            <source>Not printed: {why}</source>
            <translation>Not printed: {why}</translation>
        </message>
        <message>
            <source>Write why the syringe goes without a label first.</source>
            <translation>Write why the syringe goes without a label first.</translation>
        </message>
        <message>
            <source>Approve giving this syringe without a printed label.</source>
            <translation>Approve giving this syringe without a printed label.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>no parity</source>
            <translation>no parity</translation>
        </message>
        <message>
            <source>even parity</source>
            <translation>even parity</translation>
        </message>
        <message>
            <source>odd parity</source>
            <translation>odd parity</translation>
        </message>
        <message>
            <source>mark parity</source>
            <translation>mark parity</translation>
        </message>
        <message>
            <source>space parity</source>
            <translation>space parity</translation>
        </message>
        <message>
            <source>stop bits: {bits}</source>
            <translation>stop bits: {bits}</translation>
        </message>
        <message>
            <source>no handshake</source>
            <translation>no handshake</translation>
        </message>
        <message>
            <source>XON/XOFF</source>
            <translation>XON/XOFF</translation>
        </message>
        <message>
            <source>RTS/CTS</source>
            <translation>RTS/CTS</translation>
        </message>
        <message>
            <source>{device} baud rate</source>
            <translation>{device} baud rate</translation>
        </message>
        <message>
            <source>{device} data bits</source>
            <translation>{device} data bits</translation>
        </message>
        <message>
            <source>{device} parity</source>
            <translation>{device} parity</translation>
        </message>
        <message>
            <source>{device} stop bits</source>
            <translation>{device} stop bits</translation>
        </message>
        <message>
            <source>{device} handshake</source>
            <translation>{device} handshake</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>{station}: sign in</source>
            <translation>{station}: sign in</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Why the screen is locked</source>
            <translation>Why the screen is locked</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>your user name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>your password</source>
            <translation>your password</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Sign-in message</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>Demo mode: fictional staff and patients.</source>
            <translation>Demo mode: fictional staff and patients.</translation>
        </message>
        <message>
            <source>Demo users and their passwords</source>
            <translation>Demo users and their passwords</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Select all demo users</source>
            <translation>Select all demo users</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <source>Opening the station… you are signed in once it is open.</source>
            <translation>Opening the station… you are signed in once it is open.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
    </context>
    <context>
        <name>MessageParts</name>
        <message>
            <source>The dose</source>
            <translation>The dose</translation>
        </message>
        <message>
            <source>The amount given</source>
            <translation>The amount given</translation>
        </message>
        <message>
            <source>a patient's identity without a card</source>
            <translation>a patient's identity without a card</translation>
        </message>
        <message>
            <source>a syringe without a printed label</source>
            <translation>a syringe without a printed label</translation>
        </message>
        <message>
            <source>a dose override</source>
            <translation>a dose override</translation>
        </message>
        <message>
            <source>voiding a dose record</source>
            <translation>voiding a dose record</translation>
        </message>
        <message>
            <source>a discharge before the time</source>
            <translation>a discharge before the time</translation>
        </message>
        <message>
            <source>reconstitution</source>
            <translation>reconstitution</translation>
        </message>
        <message>
            <source>destruction</source>
            <translation>destruction</translation>
        </message>
        <message>
            <source>movement</source>
            <translation>movement</translation>
        </message>
        <message>
            <source>nurse</source>
            <translation>nurse</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>pharmacist</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>technician</translation>
        </message>
        <message>
            <source>clinic lead</source>
            <translation>clinic lead</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>prescriber</source>
            <translation>prescriber</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} or {second}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The pharmacy workspace is for pharmacists only.</source>
            <translation>The pharmacy workspace is for pharmacists only.</translation>
        </message>
        <message>
            <source>This needs the role {roles}; {username} lacks it.</source>
            <translation>This needs the role {roles}; {username} lacks it.</translation>
        </message>
        <message>
            <source>The technician's workspace is for technicians only.</source>
            <translation>The technician's workspace is for technicians only.</translation>
        </message>
        <message>
            <source>An administrator cannot disable their own account.</source>
            <translation>An administrator cannot disable their own account.</translation>
        </message>
        <message>
            <source>A card issuer's key needs its key id.</source>
            <translation>A card issuer's key needs its key id.</translation>
        </message>
        <message>
            <source>This key id is the central server's: its key comes with the enrolment and cannot be replaced here.</source>
            <translation>This key id is the central server's: its key comes with the enrolment and cannot be replaced here.</translation>
        </message>
        <message>
            <source>Check the rules before giving a dose.</source>
            <translation>Check the rules before giving a dose.</translation>
        </message>
        <message>
            <source>Weigh the syringe and accept its weight before it is given.</source>
            <translation>Weigh the syringe and accept its weight before it is given.</translation>
        </message>
        <message>
            <source>The syringe has no printed label: print it, or a second person approves going without one, with a reason.</source>
            <translation>The syringe has no printed label: print it, or a second person approves going without one, with a reason.</translation>
        </message>
        <message>
            <source>Solution batch {batch} expired at {expired_at}: it may not be used. Prepare the dose from a usable batch.</source>
            <translation>Solution batch {batch} expired at {expired_at}: it may not be used. Prepare the dose from a usable batch.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds only {held} mg in the register, less than this syringe's {prepared} mg: it would be overdrawn. Prepare the dose from another batch and tell the pharmacist (a count is due).</source>
            <translation>Solution batch {batch} holds only {held} mg in the register, less than this syringe's {prepared} mg: it would be overdrawn. Prepare the dose from another batch and tell the pharmacist (a count is due).</translation>
        </message>
        <message>
            <source>There is no such solution batch in this station's register.</source>
            <translation>There is no such solution batch in this station's register.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds {substance}, not the {drug} the decision is for.</source>
            <translation>Solution batch {batch} holds {substance}, not the {drug} the decision is for.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet: sync, or identify the patient without the card.</source>
            <translation>The card is genuine, but its patient is not on this station's roster yet: sync, or identify the patient without the card.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a scanned card was refused; detail: the card check's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The dose ({dose} mg) is above what may be given now ({allowed} mg). Check the rules again for a smaller dose.</source>
            <translation>The dose ({dose} mg) is above what may be given now ({allowed} mg). Check the rules again for a smaller dose.</translation>
        </message>
        <message>
            <source>This dose is blocked: {reasons}</source>
            <translation>This dose is blocked: {reasons}</translation>
        </message>
        <message>
            <source>This visit's dose is recorded already.</source>
            <translation>This visit's dose is recorded already.</translation>
        </message>
        <message>
            <source>A dose of 0 mg cannot be recorded as given.</source>
            <translation>A dose of 0 mg cannot be recorded as given.</translation>
        </message>
        <message>
            <source>Choose the drug and form from the list.</source>
            <translation>Choose the drug and form from the list.</translation>
        </message>
        <message>
            <source>A full injection gives what was prepared ({prepared} mg): record a partial injection for another amount.</source>
            <translation>A full injection gives what was prepared ({prepared} mg): record a partial injection for another amount.</translation>
        </message>
        <message>
            <source>Enter how many mg went in: a partial or failed injection needs the amount given (0 mg when nothing went in).</source>
            <translation>Enter how many mg went in: a partial or failed injection needs the amount given (0 mg when nothing went in).</translation>
        </message>
        <message>
            <source>More than was prepared cannot be given: at most {prepared} mg went in.</source>
            <translation>More than was prepared cannot be given: at most {prepared} mg went in.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe before its label is printed.</source>
            <translation>Weigh and accept the syringe before its label is printed.</translation>
        </message>
        <message>
            <source>The server's hold on this patient's dose ran out before the dose was recorded: nothing was recorded; check the rules again.</source>
            <translation>The server's hold on this patient's dose ran out before the dose was recorded: nothing was recorded; check the rules again.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Say why the patient is identified without a card.</translation>
        </message>
        <message>
            <source>Say how the injection went: full, partial or failed.</source>
            <translation>Say how the injection went: full, partial or failed.</translation>
        </message>
        <message>
            <source>Only a clinic lead can approve this: {reason}</source>
            <translation>Only a clinic lead can approve this: {reason}</translation>
        </message>
        <message>
            <source>A second person must approve this dose, with a reason.</source>
            <translation>A second person must approve this dose, with a reason.</translation>
        </message>
        <message>
            <source>A partial injection gives more than 0 mg and less than the {prepared} mg prepared: record it as failed or full.</source>
            <translation>A partial injection gives more than 0 mg and less than the {prepared} mg prepared: record it as failed or full.</translation>
        </message>
        <message>
            <source>This patient is not on this station's roster.</source>
            <translation>This patient is not on this station's roster.</translation>
        </message>
        <message>
            <source>Choose how the patient was contacted.</source>
            <translation>Choose how the patient was contacted.</translation>
        </message>
        <message>
            <source>Choose between 1 and {most} days.</source>
            <translation>Choose between 1 and {most} days.</translation>
        </message>
        <message>
            <source>A contact note holds at most {most} characters.</source>
            <translation>A contact note holds at most {most} characters.</translation>
        </message>
        <message>
            <source>The card the server sent is not a genuine card of this clinic for this patient: nothing was printed. Tell the technician.</source>
            <translation>The card the server sent is not a genuine card of this clinic for this patient: nothing was printed. Tell the technician.</translation>
        </message>
        <message>
            <source>The central server does not know this patient yet: let the station sync (the patient's record goes up with it), then issue the card again.</source>
            <translation>The central server does not know this patient yet: let the station sync (the patient's record goes up with it), then issue the card again.</translation>
        </message>
        <message>
            <source>This incident is resolved already.</source>
            <translation>This incident is resolved already.</translation>
        </message>
        <message>
            <source>This incident is not in the list fetched from the server: fetch it again.</source>
            <translation>This incident is not in the list fetched from the server: fetch it again.</translation>
        </message>
        <message>
            <source>A resolution needs a note saying what was found and done.</source>
            <translation>A resolution needs a note saying what was found and done.</translation>
        </message>
        <message>
            <source>Only the clinic lead signed in may sign this resolution.</source>
            <translation>Only the clinic lead signed in may sign this resolution.</translation>
        </message>
        <message>
            <source>The central server is busy: try again in a minute.</source>
            <translation>The central server is busy: try again in a minute.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician enrolls it first.</source>
            <translation>This station is not enrolled with a server: a technician enrolls it first.</translation>
        </message>
        <message>
            <source>The central server refused this: {detail}</source>
            <translation>The central server refused this: {detail}</translation>
        </message>
        <message>
            <source>The central server cannot be reached ({detail}).</source>
            <translation>The central server cannot be reached ({detail}).</translation>
        </message>
        <message>
            <source>There is no such visit in progress at this station.</source>
            <translation>There is no such visit in progress at this station.</translation>
        </message>
        <message>
            <source>This decision needs no second person's approval.</source>
            <translation>This decision needs no second person's approval.</translation>
        </message>
        <message>
            <source>The prepared dose ({prepared} mg) is above what may be given now ({allowed} mg, weighing tolerance included). Prepare again.</source>
            <translation>The prepared dose ({prepared} mg) is above what may be given now ({allowed} mg, weighing tolerance included). Prepare again.</translation>
        </message>
        <message>
            <source>A redo needs its reason.</source>
            <translation>A redo needs its reason.</translation>
        </message>
        <message>
            <source>Write what the review found.</source>
            <translation>Write what the review found.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing, and the clinic accepts no weighing until it passes one: call the technician.</source>
            <translation>The scale's reference-weight check is overdue, failed or missing, and the clinic accepts no weighing until it passes one: call the technician.</translation>
        </message>
        <message>
            <source>Say why the stop-dose flag is lifted.</source>
            <translation>Say why the stop-dose flag is lifted.</translation>
        </message>
        <message>
            <source>A stop-dose flag needs its reason.</source>
            <translation>A stop-dose flag needs its reason.</translation>
        </message>
        <message>
            <source>This patient has no such stop-dose flag set.</source>
            <translation>This patient has no such stop-dose flag set.</translation>
        </message>
        <message>
            <source>There is no such dose in this patient's recent record.</source>
            <translation>There is no such dose in this patient's recent record.</translation>
        </message>
        <message>
            <source>A dose cannot be corrected to a time in the future.</source>
            <translation>A dose cannot be corrected to a time in the future.</translation>
        </message>
        <message>
            <source>Say why the dose's time is corrected.</source>
            <translation>Say why the dose's time is corrected.</translation>
        </message>
        <message>
            <source>The corrected time needs its time zone.</source>
            <translation>The corrected time needs its time zone.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe first.</source>
            <translation>Weigh and accept the syringe first.</translation>
        </message>
        <message>
            <source>Say why the syringe goes without a printed label.</source>
            <translation>Say why the syringe goes without a printed label.</translation>
        </message>
        <message>
            <source>This visit changed meanwhile (another screen?): check it again.</source>
            <translation>This visit changed meanwhile (another screen?): check it again.</translation>
        </message>
        <message>
            <source>This visit's dose is recorded: start a new visit.</source>
            <translation>This visit's dose is recorded: start a new visit.</translation>
        </message>
        <message>
            <source>Say why the visit ends without a dose.</source>
            <translation>Say why the visit ends without a dose.</translation>
        </message>
        <message>
            <source>The patient was assessed: say why the dose was not given.</source>
            <translation>The patient was assessed: say why the dose was not given.</translation>
        </message>
        <message>
            <source>Choose why the dose was not given from the list.</source>
            <translation>Choose why the dose was not given from the list.</translation>
        </message>
        <message>
            <source>This visit was ended: start a new visit.</source>
            <translation>This visit was ended: start a new visit.</translation>
        </message>
        <message>
            <source>Another person carries this visit on: take it over first (recorded), then go on.</source>
            <translation>Another person carries this visit on: take it over first (recorded), then go on.</translation>
        </message>
        <message>
            <source>There is no such visit at this station: identify the patient.</source>
            <translation>There is no such visit at this station: identify the patient.</translation>
        </message>
        <message>
            <source>There is no such dose to void in this patient's recent record.</source>
            <translation>There is no such dose to void in this patient's recent record.</translation>
        </message>
        <message>
            <source>Only a clinic lead may void a dose another station recorded.</source>
            <translation>Only a clinic lead may void a dose another station recorded.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Say why the dose record is voided.</translation>
        </message>
        <message>
            <source>Write a comment to acknowledge the warning before dosing.</source>
            <translation>Write a comment to acknowledge the warning before dosing.</translation>
        </message>
        <message>
            <source>Check the rules for a dose before weighing it.</source>
            <translation>Check the rules for a dose before weighing it.</translation>
        </message>
        <message>
            <source>The weighed syringe is outside the clinic's tolerance now ({detail}): prepare it again.</source>
            <translation>The weighed syringe is outside the clinic's tolerance now ({detail}): prepare it again.</translation>
        </message>
        <message>
            <source>The weight is a mass in g from the scale.</source>
            <translation>The weight is a mass in g from the scale.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the register refused a movement; detail: the rules' sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>an amount cannot be used; detail: the rules' sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the rules refused a step; detail: their sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>settings do not fit; detail: the rules' sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{detail} The station was not enrolled.</source>
            <comment>detail: why the CA file cannot be used</comment>
            <translation>{detail} The station was not enrolled.</translation>
        </message>
        <message>
            <source>{detail} The station was not enrolled.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} The station was not enrolled.</translation>
        </message>
        <message>
            <source>The enrollment code was not accepted (unknown, expired or already used): ask the server's administrator for a new one.</source>
            <translation>The enrollment code was not accepted (unknown, expired or already used): ask the server's administrator for a new one.</translation>
        </message>
        <message>
            <source>Enrollment failed: {detail}</source>
            <translation>Enrollment failed: {detail}</translation>
        </message>
        <message>
            <source>The server refused the enrollment: {detail}</source>
            <translation>The server refused the enrollment: {detail}</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url}: check the address and the network. The station was not enrolled.</source>
            <translation>Cannot reach the server at {url}: check the address and the network. The station was not enrolled.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>The birth date is in the future.</translation>
        </message>
        <message>
            <source>The birth date gives an age over {age} years: check it.</source>
            <translation>The birth date gives an age over {age} years: check it.</translation>
        </message>
        <message>
            <source>A clinic number is capital letters and digits in groups joined by single hyphens, at most 20 characters (for example HAT-0042).</source>
            <translation>A clinic number is capital letters and digits in groups joined by single hyphens, at most 20 characters (for example HAT-0042).</translation>
        </message>
        <message>
            <source>Enter the patient's clinic number.</source>
            <translation>Enter the patient's clinic number.</translation>
        </message>
        <message>
            <source>This clinic number is already on the roster: each patient has their own.</source>
            <translation>This clinic number is already on the roster: each patient has their own.</translation>
        </message>
        <message>
            <source>The family name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>The family name cannot be recorded as typed: letters, at most 100 characters.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Enter the patient's family name.</translation>
        </message>
        <message>
            <source>The given name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>The given name cannot be recorded as typed: letters, at most 100 characters.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Enter the patient's given name.</translation>
        </message>
        <message>
            <source>The photo names another clinic number than this patient's: nothing was kept. Open the patient again and take the photo for them.</source>
            <translation>The photo names another clinic number than this patient's: nothing was kept. Open the patient again and take the photo for them.</translation>
        </message>
        <message>
            <source>This picture is too large (at most 20 MB and 50 million pixels).</source>
            <translation>This picture is too large (at most 20 MB and 50 million pixels).</translation>
        </message>
        <message>
            <source>This picture is too small to recognise a face (at least {size} pixels a side).</source>
            <translation>This picture is too small to recognise a face (at least {size} pixels a side).</translation>
        </message>
        <message>
            <source>This file is not a JPEG or PNG picture the station can read.</source>
            <translation>This file is not a JPEG or PNG picture the station can read.</translation>
        </message>
        <message>
            <source>{count} patient(s) on the roster have this family name and birth date. Check that this is not one of them; register only if this is a different person.</source>
            <translation>{count} patient(s) on the roster have this family name and birth date. Check that this is not one of them; register only if this is a different person.</translation>
        </message>
        <message>
            <source>The clinic treats adults only: the patient must be at least {age}.</source>
            <translation>The clinic treats adults only: the patient must be at least {age}.</translation>
        </message>
        <message>
            <source>Breath alcohol is entered as a number in ‰ (or left out).</source>
            <translation>Breath alcohol is entered as a number in ‰ (or left out).</translation>
        </message>
        <message>
            <source>Breath alcohol is between 0 and {maximum} ‰.</source>
            <translation>Breath alcohol is between 0 and {maximum} ‰.</translation>
        </message>
        <message>
            <source>{what} must be an amount in mg.</source>
            <translation>{what} must be an amount in mg.</translation>
        </message>
        <message>
            <source>{what} is not an amount in mg.</source>
            <translation>{what} is not an amount in mg.</translation>
        </message>
        <message>
            <source>{what} is not a possible dose (at most {maximum} mg).</source>
            <translation>{what} is not a possible dose (at most {maximum} mg).</translation>
        </message>
        <message>
            <source>{what} is given to 0.01 mg at most.</source>
            <translation>{what} is given to 0.01 mg at most.</translation>
        </message>
        <message>
            <source>The sedation score is a whole number from 0 (alert) to 3 (severe).</source>
            <translation>The sedation score is a whole number from 0 (alert) to 3 (severe).</translation>
        </message>
        <message>
            <source>An adverse event cannot be recorded as happening in the future.</source>
            <translation>An adverse event cannot be recorded as happening in the future.</translation>
        </message>
        <message>
            <source>Choose what happened: {kinds}.</source>
            <translation>Choose what happened: {kinds}.</translation>
        </message>
        <message>
            <source>This observation is already closed.</source>
            <translation>This observation is already closed.</translation>
        </message>
        <message>
            <source>The observation time is not up: say why the patient leaves early.</source>
            <translation>The observation time is not up: say why the patient leaves early.</translation>
        </message>
        <message>
            <source>Naloxone is entered in mg, at most {maximum} mg.</source>
            <translation>Naloxone is entered in mg, at most {maximum} mg.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Write a note or enter a vital sign.</translation>
        </message>
        <message>
            <source>There is no such observation on this station.</source>
            <translation>There is no such observation on this station.</translation>
        </message>
        <message>
            <source>The vital signs were not recorded: {detail}.</source>
            <translation>The vital signs were not recorded: {detail}.</translation>
        </message>
        <message>
            <source>Give either the mg or the weighed mass, not both.</source>
            <translation>Give either the mg or the weighed mass, not both.</translation>
        </message>
        <message>
            <source>Nothing to record: the amount is 0 mg.</source>
            <translation>Nothing to record: the amount is 0 mg.</translation>
        </message>
        <message>
            <source>The batch was not made: {detail}.</source>
            <translation>The batch was not made: {detail}.</translation>
        </message>
        <message>
            <source>There is no such solution batch.</source>
            <translation>There is no such solution batch.</translation>
        </message>
        <message>
            <source>There is no such stock lot or solution batch.</source>
            <translation>There is no such stock lot or solution batch.</translation>
        </message>
        <message>
            <source>The entry to correct is not in the register.</source>
            <translation>The entry to correct is not in the register.</translation>
        </message>
        <message>
            <source>A counted container is not on this count sheet.</source>
            <translation>A counted container is not on this count sheet.</translation>
        </message>
        <message>
            <source>{missing} container(s) on the sheet were not counted.</source>
            <translation>{missing} container(s) on the sheet were not counted.</translation>
        </message>
        <message>
            <source>The person who counted cannot sign off their own count.</source>
            <translation>The person who counted cannot sign off their own count.</translation>
        </message>
        <message>
            <source>There is no such count.</source>
            <translation>There is no such count.</translation>
        </message>
        <message>
            <source>This count has no open discrepancy.</source>
            <translation>This count has no open discrepancy.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Give the reason for the discrepancy.</translation>
        </message>
        <message>
            <source>Only residue, waste, failed injections and destruction go here.</source>
            <translation>Only residue, waste, failed injections and destruction go here.</translation>
        </message>
        <message>
            <source>This is not a medicine pack code (GS1 DataMatrix or IFA).</source>
            <translation>This is not a medicine pack code (GS1 DataMatrix or IFA).</translation>
        </message>
        <message>
            <source>The pack code cannot be read: {detail}</source>
            <translation>The pack code cannot be read: {detail}</translation>
        </message>
        <message>
            <source>This pack's serial number was received before; it is refused (a copied or re-used code).</source>
            <translation>This pack's serial number was received before; it is refused (a copied or re-used code).</translation>
        </message>
        <message>
            <source>A pack holds 1 to {units} ampoules.</source>
            <translation>A pack holds 1 to {units} ampoules.</translation>
        </message>
        <message>
            <source>The pack code carries no batch number; it cannot be received.</source>
            <translation>The pack code carries no batch number; it cannot be received.</translation>
        </message>
        <message>
            <source>The pack code carries no serial number; it cannot be received.</source>
            <translation>The pack code carries no serial number; it cannot be received.</translation>
        </message>
        <message>
            <source>The printer could not be opened: check it and print again.</source>
            <translation>The printer could not be opened: check it and print again.</translation>
        </message>
        <message>
            <source>A product needs at least one ampoule of more than 0 mg.</source>
            <translation>A product needs at least one ampoule of more than 0 mg.</translation>
        </message>
        <message>
            <source>This pack's product is not in the catalogue; define it before receiving.</source>
            <translation>This pack's product is not in the catalogue; define it before receiving.</translation>
        </message>
        <message>
            <source>Reconstitute from known stock lots of one substance.</source>
            <translation>Reconstitute from known stock lots of one substance.</translation>
        </message>
        <message>
            <source>A solution batch needs a shelf life after reconstitution.</source>
            <translation>A solution batch needs a shelf life after reconstitution.</translation>
        </message>
        <message>
            <source>A {what} needs a witness who signs with their own password.</source>
            <translation>A {what} needs a witness who signs with their own password.</translation>
        </message>
        <message>
            <source>The label was not printed: {detail}</source>
            <translation>The label was not printed: {detail}</translation>
        </message>
        <message>
            <source>No weight accepted: {detail}</source>
            <translation>No weight accepted: {detail}</translation>
        </message>
        <message>
            <source>The daily maximum is above the clinic's daily maximum of {cap} mg for {drug}.</source>
            <translation>The daily maximum is above the clinic's daily maximum of {cap} mg for {drug}.</translation>
        </message>
        <message>
            <source>This patient already has a prescription for {drug} in these days: change or stop it instead.</source>
            <translation>This patient already has a prescription for {drug} in these days: change or stop it instead.</translation>
        </message>
        <message>
            <source>A change or renewal keeps the order's drug: sign a new order for another drug.</source>
            <translation>A change or renewal keeps the order's drug: sign a new order for another drug.</translation>
        </message>
        <message>
            <source>An order cannot end before it starts.</source>
            <translation>An order cannot end before it starts.</translation>
        </message>
        <message>
            <source>An order cannot end in the past.</source>
            <translation>An order cannot end in the past.</translation>
        </message>
        <message>
            <source>The time between doses cannot be negative.</source>
            <translation>The time between doses cannot be negative.</translation>
        </message>
        <message>
            <source>An order's maxima are amounts above 0 mg.</source>
            <translation>An order's maxima are amounts above 0 mg.</translation>
        </message>
        <message>
            <source>An order's maxima are given to 0.01 mg.</source>
            <translation>An order's maxima are given to 0.01 mg.</translation>
        </message>
        <message>
            <source>A new order gets an id of its own: a change, renewal or stop names one.</source>
            <translation>A new order gets an id of its own: a change, renewal or stop names one.</translation>
        </message>
        <message>
            <source>A note to the counter is at most {limit} characters.</source>
            <translation>A note to the counter is at most {limit} characters.</translation>
        </message>
        <message>
            <source>This order has ended: renew it or sign a new order.</source>
            <translation>This order has ended: renew it or sign a new order.</translation>
        </message>
        <message>
            <source>This order was stopped: sign a new order.</source>
            <translation>This order was stopped: sign a new order.</translation>
        </message>
        <message>
            <source>A prescription brought over from before is ended by a change that gives its last day.</source>
            <translation>A prescription brought over from before is ended by a change that gives its last day.</translation>
        </message>
        <message>
            <source>There is no such signed order for this patient.</source>
            <translation>There is no such signed order for this patient.</translation>
        </message>
        <message>
            <source>The dose plan cannot be used: {detail}.</source>
            <translation>The dose plan cannot be used: {detail}.</translation>
        </message>
        <message>
            <source>The dose plan must start within the order's days.</source>
            <translation>The dose plan must start within the order's days.</translation>
        </message>
        <message>
            <source>The dose plan is refused: a step rises more than the clinic's titration rule allows ({rise} % over the day before).</source>
            <translation>The dose plan is refused: a step rises more than the clinic's titration rule allows ({rise} % over the day before).</translation>
        </message>
        <message>
            <source>The dose plan is refused: its first day is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>The dose plan is refused: its first day is above the order's daily maximum of {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The dose plan is refused: its ceiling is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>The dose plan is refused: its ceiling is above the order's daily maximum of {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The review day cannot be before the order starts.</source>
            <translation>The review day cannot be before the order starts.</translation>
        </message>
        <message>
            <source>The per-session maximum cannot be above the daily maximum.</source>
            <translation>The per-session maximum cannot be above the daily maximum.</translation>
        </message>
        <message>
            <source>An order gives 1 to 6 sessions a day.</source>
            <translation>An order gives 1 to 6 sessions a day.</translation>
        </message>
        <message>
            <source>Only a prescriber signs an order.</source>
            <translation>Only a prescriber signs an order.</translation>
        </message>
        <message>
            <source>A stop ends the order from today, or on a later day within the order.</source>
            <translation>A stop ends the order from today, or on a later day within the order.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet.</source>
            <translation>The card is genuine, but its patient is not on this station's roster yet.</translation>
        </message>
        <message>
            <source>Say why the patient leaves the queue.</source>
            <translation>Say why the patient leaves the queue.</translation>
        </message>
        <message>
            <source>Neither a patient of this station's roster nor a valid card: {detail}</source>
            <comment>a check-in was refused; detail: the card check's sentence</comment>
            <translation>Neither a patient of this station's roster nor a valid card: {detail}</translation>
        </message>
        <message>
            <source>This patient is not in today's queue.</source>
            <translation>This patient is not in today's queue.</translation>
        </message>
        <message>
            <source>Scan the patient's card or enter their clinic number.</source>
            <translation>Scan the patient's card or enter their clinic number.</translation>
        </message>
        <message>
            <source>{setting}: at most {maximum}{unit}.</source>
            <translation>{setting}: at most {maximum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: at least {minimum}{unit}.</source>
            <translation>{setting}: at least {minimum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: choose one of: {options}.</source>
            <translation>{setting}: choose one of: {options}.</translation>
        </message>
        <message>
            <source>{settings}: this does not fit the clinic's other rule settings — {detail}.</source>
            <translation>{settings}: this does not fit the clinic's other rule settings — {detail}.</translation>
        </message>
        <message>
            <source>Only a clinic lead may change the clinic's rule settings.</source>
            <translation>Only a clinic lead may change the clinic's rule settings.</translation>
        </message>
        <message>
            <source>The clinic's rule settings do not fit together ({detail}); a clinic lead must correct them.</source>
            <translation>The clinic's rule settings do not fit together ({detail}); a clinic lead must correct them.</translation>
        </message>
        <message>
            <source>The clinic's rule setting “{setting}” holds a value this station cannot use ({detail}); a clinic lead must set it again.</source>
            <translation>The clinic's rule setting “{setting}” holds a value this station cannot use ({detail}); a clinic lead must set it again.</translation>
        </message>
        <message>
            <source>{setting}: {detail}.</source>
            <translation>{setting}: {detail}.</translation>
        </message>
        <message>
            <source>{setting}: at most {places} decimal place(s).</source>
            <translation>{setting}: at most {places} decimal place(s).</translation>
        </message>
        <message>
            <source>There is no setting called {key}.</source>
            <translation>There is no setting called {key}.</translation>
        </message>
        <message>
            <source>{setting}: {value} is not a valid value; {hint}.</source>
            <translation>{setting}: {value} is not a valid value; {hint}.</translation>
        </message>
        <message>
            <source>{setting}: a whole number.</source>
            <translation>{setting}: a whole number.</translation>
        </message>
        <message>
            <source>The second person must be someone else than the one signed in.</source>
            <translation>The second person must be someone else than the one signed in.</translation>
        </message>
        <message>
            <source>{person} cannot sign this ({what}): it needs a {roles}.</source>
            <translation>{person} cannot sign this ({what}): it needs a {roles}.</translation>
        </message>
        <message>
            <source>A second person must sign: {what}.</source>
            <translation>A second person must sign: {what}.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a second person cannot sign; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>This account is disabled. Ask an administrator.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the account is locked after wrong passwords; detail: until when</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The station's disk is full: nothing was recorded. Free some space on the disk (ask the clinic's IT), then record it again.</source>
            <translation>The station's disk is full: nothing was recorded. Free some space on the disk (ask the clinic's IT), then record it again.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the station's file was changed outside the program; detail: what</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>no station profile in the data folder; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the station's record refused a step; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the data folder is from a newer version; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>This station is already enrolled with {url} (clinic {clinic}); nothing was changed.</source>
            <translation>This station is already enrolled with {url} (clinic {clinic}); nothing was changed.</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the CA file cannot be used</comment>
            <translation>{detail} Nothing was changed.</translation>
        </message>
        <message>
            <source>The CA file {path} cannot be read ({detail}).</source>
            <translation>The CA file {path} cannot be read ({detail}).</translation>
        </message>
        <message>
            <source>The CA file {path} holds no certificate this station can use (a CA bundle is PEM text: -----BEGIN CERTIFICATE-----).</source>
            <translation>The CA file {path} holds no certificate this station can use (a CA bundle is PEM text: -----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Nothing was changed.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url} to check its certificate: try again when it can be reached. Nothing was changed.</source>
            <translation>Cannot reach the server at {url} to check its certificate: try again when it can be reached. Nothing was changed.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: enroll it first (the clinic CA file is given with the enrollment).</source>
            <translation>This station is not enrolled with a server: enroll it first (the clinic CA file is given with the enrollment).</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician runs 'dosing-station enroll --server URL' (it asks for the code) first.</source>
            <translation>This station is not enrolled with a server: a technician runs 'dosing-station enroll --server URL' (it asks for the code) first.</translation>
        </message>
        <message>
            <source>The server {url} is not https://: it has no certificate to check. Nothing was changed.</source>
            <translation>The server {url} is not https://: it has no certificate to check. Nothing was changed.</translation>
        </message>
        <message>
            <source>The bundle could not be written: {detail}.</source>
            <translation>The bundle could not be written: {detail}.</translation>
        </message>
        <message>
            <source>The certified mass and the tolerance must be more than 0 g.</source>
            <translation>The certified mass and the tolerance must be more than 0 g.</translation>
        </message>
        <message>
            <source>Name the device by its serial number.</source>
            <translation>Name the device by its serial number.</translation>
        </message>
        <message>
            <source>The device profile could not be saved: {detail}.</source>
            <translation>The device profile could not be saved: {detail}.</translation>
        </message>
    </context>
    <context>
        <name>MovementsPage</name>
        <message>
            <source>Stock lot or solution batch</source>
            <translation>Stock lot or solution batch</translation>
        </message>
        <message>
            <source>Kind of movement</source>
            <translation>Kind of movement</translation>
        </message>
        <message>
            <source>Residue</source>
            <translation>Residue</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Waste</translation>
        </message>
        <message>
            <source>Failed injection</source>
            <translation>Failed injection</translation>
        </message>
        <message>
            <source>Destruction (witnessed)</source>
            <translation>Destruction (witnessed)</translation>
        </message>
        <message>
            <source>Amount given as</source>
            <translation>Amount given as</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>g weighed (solution)</source>
            <translation>g weighed (solution)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>why the drug leaves the stock</source>
            <translation>why the drug leaves the stock</translation>
        </message>
        <message>
            <source>&amp;Record…</source>
            <translation>&amp;Record…</translation>
        </message>
        <message>
            <source>Record the movement</source>
            <translation>Record the movement</translation>
        </message>
        <message>
            <source>Movement message</source>
            <translation>Movement message</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Amount</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unit</translation>
        </message>
        <message>
            <source>R&amp;eason</source>
            <translation>R&amp;eason</translation>
        </message>
        <message>
            <source>A destruction is signed by a second person who watched it.</source>
            <translation>A destruction is signed by a second person who watched it.</translation>
        </message>
        <message>
            <source>About destruction</source>
            <translation>About destruction</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>solution</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>stock</translation>
        </message>
        <message>
            <source>There is no batch to take drug from.</source>
            <translation>There is no batch to take drug from.</translation>
        </message>
        <message>
            <source>Give the amount (more than 0).</source>
            <translation>Give the amount (more than 0).</translation>
        </message>
        <message>
            <source>Witness the destruction of {amount} {unit} from {batch}.</source>
            <translation>Witness the destruction of {amount} {unit} from {batch}.</translation>
        </message>
        <message>
            <source>Recorded in the register.</source>
            <translation>Recorded in the register.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ObservationBoard</name>
        <message>
            <source>Overdose</source>
            <translation>Overdose</translation>
        </message>
        <message>
            <source>Respiratory depression</source>
            <translation>Respiratory depression</translation>
        </message>
        <message>
            <source>Seizure</source>
            <translation>Seizure</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>No booth</source>
            <translation>No booth</translation>
        </message>
        <message>
            <source>%1 leaves before the observation time is up (%2). A second person confirms the early discharge.</source>
            <translation>%1 leaves before the observation time is up (%2). A second person confirms the early discharge.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was recorded; try again.</source>
            <translation>This could not be saved. Nothing was recorded; try again.</translation>
        </message>
    </context>
    <context>
        <name>ObservationCard</name>
        <message>
            <source>No booth</source>
            <translation>No booth</translation>
        </message>
        <message>
            <source>Patient photo</source>
            <translation>Patient photo</translation>
        </message>
        <message>
            <source>Under observation</source>
            <translation>Under observation</translation>
        </message>
        <message>
            <source>Last minutes</source>
            <translation>Last minutes</translation>
        </message>
        <message>
            <source>Time is up: check and discharge</source>
            <translation>Time is up: check and discharge</translation>
        </message>
        <message>
            <source>NOT DISCHARGED: check the patient now</source>
            <translation>NOT DISCHARGED: check the patient now</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute left</numerusform>
                <numerusform>%n minutes left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) overdue</source>
            <translation>
                <numerusform>%n minute overdue</numerusform>
                <numerusform>%n minutes overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, patient %2</source>
            <translation>%1, patient %2</translation>
        </message>
        <message>
            <source>Notes and events</source>
            <translation>Notes and events</translation>
        </message>
        <message>
            <source>Note / vitals</source>
            <translation>Note / vitals</translation>
        </message>
        <message>
            <source>Adverse event</source>
            <translation>Adverse event</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Discharge</translation>
        </message>
        <message>
            <source>Note or vital signs, %1</source>
            <translation>Note or vital signs, %1</translation>
        </message>
        <message>
            <source>Adverse event, %1</source>
            <translation>Adverse event, %1</translation>
        </message>
        <message>
            <source>Discharge, %1</source>
            <translation>Discharge, %1</translation>
        </message>
        <message>
            <source>Observation, %1</source>
            <translation>Observation, %1</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <source>%1 ADVERSE EVENT: %2</source>
            <translation>%1 ADVERSE EVENT: %2</translation>
        </message>
        <message>
            <source>, naloxone %1 mg</source>
            <translation>, naloxone %1 mg</translation>
        </message>
        <message>
            <source>⚠ VITAL SIGNS ALARM: %1</source>
            <translation>⚠ VITAL SIGNS ALARM: %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>New order</source>
            <translation>New order</translation>
        </message>
        <message>
            <source>Change the order</source>
            <translation>Change the order</translation>
        </message>
        <message>
            <source>Renew the order</source>
            <translation>Renew the order</translation>
        </message>
        <message>
            <source>Stop the order</source>
            <translation>Stop the order</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Choose a patient</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Drug and form</translation>
        </message>
        <message>
            <source>Choose the drug and form</source>
            <translation>Choose the drug and form</translation>
        </message>
        <message>
            <source>Per-session maximum in mg</source>
            <translation>Per-session maximum in mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Daily maximum in mg</source>
            <translation>Daily maximum in mg</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Sessions per day</translation>
        </message>
        <message>
            <source>1 to 6</source>
            <translation>1 to 6</translation>
        </message>
        <message>
            <source>Minimum interval between doses in minutes</source>
            <translation>Minimum interval between doses in minutes</translation>
        </message>
        <message>
            <source>empty: the clinic's default</source>
            <translation>empty: the clinic's default</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until (last day)</source>
            <translation>Valid until (last day)</translation>
        </message>
        <message>
            <source>&amp;Keep open-ended (no last day)</source>
            <translation>&amp;Keep open-ended (no last day)</translation>
        </message>
        <message>
            <source>Open-ended: the order has no last day</source>
            <translation>Open-ended: the order has no last day</translation>
        </message>
        <message>
            <source>Phase of treatment</source>
            <translation>Phase of treatment</translation>
        </message>
        <message>
            <source>Choose the phase</source>
            <translation>Choose the phase</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Review on</translation>
        </message>
        <message>
            <source>Note for the counter</source>
            <translation>Note for the counter</translation>
        </message>
        <message>
            <source>what the nurse should read at the counter</source>
            <translation>what the nurse should read at the counter</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>What is signed</source>
            <translation>What is signed</translation>
        </message>
        <message>
            <source>Your password, to sign as prescribed</source>
            <translation>Your password, to sign as prescribed</translation>
        </message>
        <message>
            <source>Sign as prescri&amp;bed</source>
            <translation>Sign as prescri&amp;bed</translation>
        </message>
        <message>
            <source>Sign the order as prescribed</source>
            <translation>Sign the order as prescribed</translation>
        </message>
        <message>
            <source>The signature recorded</source>
            <translation>The signature recorded</translation>
        </message>
        <message>
            <source>Your pass&amp;word</source>
            <translation>Your pass&amp;word</translation>
        </message>
        <message>
            <source>You sign this order with the meaning "prescribed", as {name}; the time of signing is recorded with it.</source>
            <translation>You sign this order with the meaning "prescribed", as {name}; the time of signing is recorded with it.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>&amp;Drug and form</source>
            <translation>&amp;Drug and form</translation>
        </message>
        <message>
            <source>Per-&amp;session maximum (mg)</source>
            <translation>Per-&amp;session maximum (mg)</translation>
        </message>
        <message>
            <source>Daily ma&amp;ximum (mg)</source>
            <translation>Daily ma&amp;ximum (mg)</translation>
        </message>
        <message>
            <source>Sessions per da&amp;y</source>
            <translation>Sessions per da&amp;y</translation>
        </message>
        <message>
            <source>&amp;Minimum interval (min)</source>
            <translation>&amp;Minimum interval (min)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>Valid &amp;from</translation>
        </message>
        <message>
            <source>Valid &amp;until (last day)</source>
            <translation>Valid &amp;until (last day)</translation>
        </message>
        <message>
            <source>P&amp;hase</source>
            <translation>P&amp;hase</translation>
        </message>
        <message>
            <source>Re&amp;view on</source>
            <translation>Re&amp;view on</translation>
        </message>
        <message>
            <source>Note for the &amp;counter</source>
            <translation>Note for the &amp;counter</translation>
        </message>
        <message>
            <source>Order message</source>
            <translation>Order message</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Cl&amp;ose</translation>
        </message>
        <message>
            <source>Close the order dialog</source>
            <translation>Close the order dialog</translation>
        </message>
        <message>
            <source>A new order: check it, then sign it below.</source>
            <translation>A new order: check it, then sign it below.</translation>
        </message>
        <message>
            <source>{what} of {drug}, version {version} signed by {name} on {day}.</source>
            <translation>{what} of {drug}, version {version} signed by {name} on {day}.</translation>
        </message>
        <message>
            <source>empty: the order ends today</source>
            <translation>empty: the order ends today</translation>
        </message>
        <message>
            <source>Choose the patient.</source>
            <translation>Choose the patient.</translation>
        </message>
        <message>
            <source>Choose the drug and form.</source>
            <translation>Choose the drug and form.</translation>
        </message>
        <message>
            <source>Type the per-session maximum in mg.</source>
            <translation>Type the per-session maximum in mg.</translation>
        </message>
        <message>
            <source>Type the daily maximum in mg.</source>
            <translation>Type the daily maximum in mg.</translation>
        </message>
        <message>
            <source>Type the number of sessions per day.</source>
            <translation>Type the number of sessions per day.</translation>
        </message>
        <message>
            <source>Type the minimum interval in whole minutes, or leave it empty.</source>
            <translation>Type the minimum interval in whole minutes, or leave it empty.</translation>
        </message>
        <message>
            <source>Type the first valid day (dd.mm.yyyy).</source>
            <translation>Type the first valid day (dd.mm.yyyy).</translation>
        </message>
        <message>
            <source>Type the last valid day as dd.mm.yyyy.</source>
            <translation>Type the last valid day as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>Type the last valid day, or tick "Keep open-ended".</source>
            <translation>Type the last valid day, or tick "Keep open-ended".</translation>
        </message>
        <message>
            <source>Choose the phase of treatment.</source>
            <translation>Choose the phase of treatment.</translation>
        </message>
        <message>
            <source>Type the review day as dd.mm.yyyy.</source>
            <translation>Type the review day as dd.mm.yyyy.</translation>
        </message>
        <message>
            <source>Type your password to sign the order as prescribed.</source>
            <translation>Type your password to sign the order as prescribed.</translation>
        </message>
        <message>
            <source>Signed with the meaning "prescribed" by {name} on {day} at {time}: order version {version}.</source>
            <translation>Signed with the meaning "prescribed" by {name} on {day} at {time}: order version {version}.</translation>
        </message>
        <message>
            <source>The order is signed and recorded.</source>
            <translation>The order is signed and recorded.</translation>
        </message>
    </context>
    <context>
        <name>OrderNotice</name>
        <message>
            <source>patient</source>
            <translation>patient</translation>
        </message>
        <message>
            <source>drug and form</source>
            <translation>drug and form</translation>
        </message>
        <message>
            <source>per-session maximum</source>
            <translation>per-session maximum</translation>
        </message>
        <message>
            <source>daily maximum</source>
            <translation>daily maximum</translation>
        </message>
        <message>
            <source>sessions per day</source>
            <translation>sessions per day</translation>
        </message>
        <message>
            <source>minimum interval</source>
            <translation>minimum interval</translation>
        </message>
        <message>
            <source>valid from</source>
            <translation>valid from</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>valid until</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>note for the counter</source>
            <translation>note for the counter</translation>
        </message>
        <message>
            <source>review day</source>
            <translation>review day</translation>
        </message>
        <message>
            <source>dose plan</source>
            <translation>dose plan</translation>
        </message>
        <message>
            <source>{field} {old} → {new}</source>
            <translation>{field} {old} → {new}</translation>
        </message>
        <message>
            <source>Order expires today ({day}).</source>
            <translation>Order expires today ({day}).</translation>
        </message>
        <message>
            <source>Order expires in {n} days ({day}).</source>
            <translation>Order expires in {n} days ({day}).</translation>
        </message>
        <message>
            <source>Review date passed ({day}): tell the prescriber.</source>
            <translation>Review date passed ({day}): tell the prescriber.</translation>
        </message>
        <message>
            <source>Changed since the last dose: {changes}.</source>
            <translation>Changed since the last dose: {changes}.</translation>
        </message>
        <message>
            <source>Prescriber's note: {note}</source>
            <translation>Prescriber's note: {note}</translation>
        </message>
        <message>
            <source>Prescriber's order notice</source>
            <translation>Prescriber's order notice</translation>
        </message>
    </context>
    <context>
        <name>OverdoseProtocolDialog</name>
        <message>
            <source>Overdose protocol: %1</source>
            <translation>Overdose protocol: %1</translation>
        </message>
        <message>
            <source>%1: vital signs past the clinic's limits. Start the overdose protocol.</source>
            <translation>%1: vital signs past the clinic's limits. Start the overdose protocol.</translation>
        </message>
        <message>
            <source>1. Call for help now: alert a colleague and the emergency team.</source>
            <translation>1. Call for help now: alert a colleague and the emergency team.</translation>
        </message>
        <message>
            <source>2. Give naloxone as the clinic's protocol says; open the airway, support breathing, give oxygen.</source>
            <translation>2. Give naloxone as the clinic's protocol says; open the airway, support breathing, give oxygen.</translation>
        </message>
        <message>
            <source>3. Stay with the patient; measure breathing and SpO2 again.</source>
            <translation>3. Stay with the patient; measure breathing and SpO2 again.</translation>
        </message>
        <message>
            <source>4. Record the adverse event and the naloxone given.</source>
            <translation>4. Record the adverse event and the naloxone given.</translation>
        </message>
        <message>
            <source>&amp;Record adverse event</source>
            <translation>&amp;Record adverse event</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Vital signs past the limits</source>
            <translation>Vital signs past the limits</translation>
        </message>
        <message>
            <source>Overdose protocol steps</source>
            <translation>Overdose protocol steps</translation>
        </message>
    </context>
    <context>
        <name>PatientActionsDialog</name>
        <message>
            <source>Clinic lead: patient flags and records</source>
            <translation>Clinic lead: patient flags and records</translation>
        </message>
        <message>
            <source>Patient stop-dose flags</source>
            <translation>Patient stop-dose flags</translation>
        </message>
        <message>
            <source>Void a dose entered in error</source>
            <translation>Void a dose entered in error</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Find a patient by clinic id or name</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>clinic id or name</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patients on this station's roster</translation>
        </message>
        <message>
            <source>No patient chosen.</source>
            <translation>No patient chosen.</translation>
        </message>
        <message>
            <source>Chosen patient</source>
            <translation>Chosen patient</translation>
        </message>
        <message>
            <source>Patient actions message</source>
            <translation>Patient actions message</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Cl&amp;ose</translation>
        </message>
        <message>
            <source>Close the patient screen</source>
            <translation>Close the patient screen</translation>
        </message>
        <message>
            <source>Stop-dose flags</source>
            <translation>Stop-dose flags</translation>
        </message>
        <message>
            <source>Stop-dose flags set now</source>
            <translation>Stop-dose flags set now</translation>
        </message>
        <message>
            <source>Reason for a new stop-dose flag</source>
            <translation>Reason for a new stop-dose flag</translation>
        </message>
        <message>
            <source>e.g. physician review pending</source>
            <translation>e.g. physician review pending</translation>
        </message>
        <message>
            <source>&amp;Set a stop-dose flag</source>
            <translation>&amp;Set a stop-dose flag</translation>
        </message>
        <message>
            <source>Set a stop-dose flag with this reason</source>
            <translation>Set a stop-dose flag with this reason</translation>
        </message>
        <message>
            <source>Reason for lifting the chosen flag</source>
            <translation>Reason for lifting the chosen flag</translation>
        </message>
        <message>
            <source>e.g. physician reviewed</source>
            <translation>e.g. physician reviewed</translation>
        </message>
        <message>
            <source>&amp;Lift the chosen flag</source>
            <translation>&amp;Lift the chosen flag</translation>
        </message>
        <message>
            <source>Lift the chosen stop-dose flag</source>
            <translation>Lift the chosen stop-dose flag</translation>
        </message>
        <message>
            <source>Stop-dose fla&amp;gs set now</source>
            <translation>Stop-dose fla&amp;gs set now</translation>
        </message>
        <message>
            <source>Reason for a &amp;new flag</source>
            <translation>Reason for a &amp;new flag</translation>
        </message>
        <message>
            <source>Reason for l&amp;ifting</source>
            <translation>Reason for l&amp;ifting</translation>
        </message>
        <message>
            <source>Review after a break</source>
            <translation>Review after a break</translation>
        </message>
        <message>
            <source>Reviews after a break on record</source>
            <translation>Reviews after a break on record</translation>
        </message>
        <message>
            <source>What the review after a break found</source>
            <translation>What the review after a break found</translation>
        </message>
        <message>
            <source>e.g. re-titration confirmed by the physician</source>
            <translation>e.g. re-titration confirmed by the physician</translation>
        </message>
        <message>
            <source>Record the &amp;review</source>
            <translation>Record the &amp;review</translation>
        </message>
        <message>
            <source>Record the review after a break</source>
            <translation>Record the review after a break</translation>
        </message>
        <message>
            <source>&amp;What the review found</source>
            <translation>&amp;What the review found</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patients</translation>
        </message>
        <message>
            <source>No patient on the roster matches.</source>
            <translation>No patient on the roster matches.</translation>
        </message>
        <message>
            <source>{clinic_id}: {name}, born {birth}</source>
            <translation>{clinic_id}: {name}, born {birth}</translation>
        </message>
        <message>
            <source>staff of another station</source>
            <translation>staff of another station</translation>
        </message>
        <message>
            <source>{reason} — set by {who}, {time}</source>
            <translation>{reason} — set by {who}, {time}</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>No stop-dose flag is set.</translation>
        </message>
        <message>
            <source>Last review after a break: {time}</source>
            <translation>Last review after a break: {time}</translation>
        </message>
        <message>
            <source>No review after a break on record.</source>
            <translation>No review after a break on record.</translation>
        </message>
        <message>
            <source>Choose a patient first.</source>
            <translation>Choose a patient first.</translation>
        </message>
        <message>
            <source>Stop-dose flag set: no dose until a clinic lead lifts it.</source>
            <translation>Stop-dose flag set: no dose until a clinic lead lifts it.</translation>
        </message>
        <message>
            <source>Choose a patient and one of their stop-dose flags first.</source>
            <translation>Choose a patient and one of their stop-dose flags first.</translation>
        </message>
        <message>
            <source>Stop-dose flag lifted.</source>
            <translation>Stop-dose flag lifted.</translation>
        </message>
        <message>
            <source>The review after the break is recorded.</source>
            <translation>The review after the break is recorded.</translation>
        </message>
    </context>
    <context>
        <name>PatientPanel</name>
        <message>
            <source>Patient photo</source>
            <translation>Patient photo</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Patient name</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Clinic id</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Prescription</translation>
        </message>
        <message>
            <source>Doses today</source>
            <translation>Doses today</translation>
        </message>
        <message>
            <source>Time since last dose</source>
            <translation>Time since last dose</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Missed days</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <source>No patient yet: scan a card.</source>
            <translation>No patient yet: scan a card.</translation>
        </message>
        <message>
            <source>No patient</source>
            <translation>No patient</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message numerus="yes">
            <source>%n dose(s), {total}</source>
            <translation>
                <numerusform>%n dose, {total}</numerusform>
                <numerusform>%n doses, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Last dose</translation>
        </message>
        <message>
            <source>No photo on record: initials</source>
            <translation>No photo on record: initials</translation>
        </message>
        <message>
            <source>none active today</source>
            <translation>none active today</translation>
        </message>
        <message>
            <source>{drug}: {session} per session, {day} per day, {n} sessions ({phase})</source>
            <translation>{drug}: {session} per session, {day} per day, {n} sessions ({phase})</translation>
        </message>
        <message>
            <source>STOP-DOSE: {reason}</source>
            <translation>STOP-DOSE: {reason}</translation>
        </message>
        <message>
            <source>{n} days missed</source>
            <translation>{n} days missed</translation>
        </message>
        <message>
            <source>still under observation</source>
            <translation>still under observation</translation>
        </message>
        <message>
            <source>home station is another station</source>
            <translation>home station is another station</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>PharmacyWorkspace</name>
        <message>
            <source>Pharmacy</source>
            <translation>Pharmacy</translation>
        </message>
        <message>
            <source>Pharmacy — {name}</source>
            <translation>Pharmacy — {name}</translation>
        </message>
        <message>
            <source>Pharmacy tasks</source>
            <translation>Pharmacy tasks</translation>
        </message>
        <message>
            <source>&amp;1 Receive</source>
            <translation>&amp;1 Receive</translation>
        </message>
        <message>
            <source>&amp;2 Reconstitute</source>
            <translation>&amp;2 Reconstitute</translation>
        </message>
        <message>
            <source>&amp;3 Waste and destruction</source>
            <translation>&amp;3 Waste and destruction</translation>
        </message>
        <message>
            <source>&amp;4 Count</source>
            <translation>&amp;4 Count</translation>
        </message>
        <message>
            <source>&amp;5 Register</source>
            <translation>&amp;5 Register</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Dose plan (optional)</source>
            <translation>Dose plan (optional)</translation>
        </message>
        <message>
            <source>Dose plan</source>
            <translation>Dose plan</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>No plan</translation>
        </message>
        <message>
            <source>Titration: rise by mg</source>
            <translation>Titration: rise by mg</translation>
        </message>
        <message>
            <source>Taper: fall by percent</source>
            <translation>Taper: fall by percent</translation>
        </message>
        <message>
            <source>Plan starts on</source>
            <translation>Plan starts on</translation>
        </message>
        <message>
            <source>First day's amount in mg</source>
            <translation>First day's amount in mg</translation>
        </message>
        <message>
            <source>mg per day</source>
            <translation>mg per day</translation>
        </message>
        <message>
            <source>Rise per step in mg</source>
            <translation>Rise per step in mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Fall per step in percent</source>
            <translation>Fall per step in percent</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Days between steps</source>
            <translation>Days between steps</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>Ceiling or floor in mg</source>
            <translation>Ceiling or floor in mg</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Daily cap</source>
            <translation>Daily cap</translation>
        </message>
        <message>
            <source>Dated steps of the plan</source>
            <translation>Dated steps of the plan</translation>
        </message>
        <message>
            <source>Dose plan message</source>
            <translation>Dose plan message</translation>
        </message>
        <message>
            <source>Dose p&amp;lan</source>
            <translation>Dose p&amp;lan</translation>
        </message>
        <message>
            <source>Plan s&amp;tarts on</source>
            <translation>Plan s&amp;tarts on</translation>
        </message>
        <message>
            <source>First day's &amp;amount (mg)</source>
            <translation>First day's &amp;amount (mg)</translation>
        </message>
        <message>
            <source>&amp;Rise per step (mg)</source>
            <translation>&amp;Rise per step (mg)</translation>
        </message>
        <message>
            <source>Fall pe&amp;r step (%)</source>
            <translation>Fall pe&amp;r step (%)</translation>
        </message>
        <message>
            <source>Step &amp;every (days)</source>
            <translation>Step &amp;every (days)</translation>
        </message>
        <message>
            <source>&amp;Goes up to (mg per day)</source>
            <translation>&amp;Goes up to (mg per day)</translation>
        </message>
        <message>
            <source>Dated steps of the pla&amp;n</source>
            <translation>Dated steps of the pla&amp;n</translation>
        </message>
        <message>
            <source>&amp;Goes down to (mg per day)</source>
            <translation>&amp;Goes down to (mg per day)</translation>
        </message>
        <message>
            <source>Type the day the plan starts (dd.mm.yyyy).</source>
            <translation>Type the day the plan starts (dd.mm.yyyy).</translation>
        </message>
        <message>
            <source>Type the plan's first day's amount in mg.</source>
            <translation>Type the plan's first day's amount in mg.</translation>
        </message>
        <message>
            <source>Type how many mg the plan rises per step.</source>
            <translation>Type how many mg the plan rises per step.</translation>
        </message>
        <message>
            <source>Type by how many percent the plan falls per step.</source>
            <translation>Type by how many percent the plan falls per step.</translation>
        </message>
        <message>
            <source>Type every how many days the plan takes a step.</source>
            <translation>Type every how many days the plan takes a step.</translation>
        </message>
        <message>
            <source>Type the ceiling of the titration in mg per day.</source>
            <translation>Type the ceiling of the titration in mg per day.</translation>
        </message>
        <message>
            <source>Type the floor of the taper in mg per day.</source>
            <translation>Type the floor of the taper in mg per day.</translation>
        </message>
        <message>
            <source>The plan starts after the order's last day.</source>
            <translation>The plan starts after the order's last day.</translation>
        </message>
    </context>
    <context>
        <name>PortsPanel</name>
        <message>
            <source>Serial ports</source>
            <translation>Serial ports</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>VID:PID</source>
            <translation>VID:PID</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>USB location</source>
            <translation>USB location</translation>
        </message>
        <message>
            <source>&amp;List ports</source>
            <translation>&amp;List ports</translation>
        </message>
        <message>
            <source>List the serial ports</source>
            <translation>List the serial ports</translation>
        </message>
        <message>
            <source>Scale port</source>
            <translation>Scale port</translation>
        </message>
        <message>
            <source>Scale protocol</source>
            <translation>Scale protocol</translation>
        </message>
        <message>
            <source>Printer port</source>
            <translation>Printer port</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Scanner port</source>
            <translation>Scanner port</translation>
        </message>
        <message>
            <source>empty: keyboard only</source>
            <translation>empty: keyboard only</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>&amp;Save device profile</source>
            <translation>&amp;Save device profile</translation>
        </message>
        <message>
            <source>Save the device profile</source>
            <translation>Save the device profile</translation>
        </message>
        <message>
            <source>Device profile message</source>
            <translation>Device profile message</translation>
        </message>
        <message>
            <source>Device profile</source>
            <translation>Device profile</translation>
        </message>
        <message>
            <source>Scale &amp;port</source>
            <translation>Scale &amp;port</translation>
        </message>
        <message>
            <source>Scale p&amp;rotocol</source>
            <translation>Scale p&amp;rotocol</translation>
        </message>
        <message>
            <source>Scale line</source>
            <translation>Scale line</translation>
        </message>
        <message>
            <source>Pri&amp;nter port</source>
            <translation>Pri&amp;nter port</translation>
        </message>
        <message>
            <source>Sc&amp;anner port</source>
            <translation>Sc&amp;anner port</translation>
        </message>
        <message>
            <source>Printer line</source>
            <translation>Printer line</translation>
        </message>
        <message>
            <source>Scanner line</source>
            <translation>Scanner line</translation>
        </message>
        <message numerus="yes">
            <source>%n serial port(s) found; double-click one to use it for the scale.</source>
            <translation>
                <numerusform>%n serial port found; double-click one to use it for the scale.</numerusform>
                <numerusform>%n serial ports found; double-click one to use it for the scale.</numerusform>
            </translation>
        </message>
        <message>
            <source>scale</source>
            <translation>scale</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>scanner</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud with {protocol}: choose one of {speeds}.</source>
            <translation>The {device} cannot use {baud} baud with {protocol}: choose one of {speeds}.</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud: choose one of {speeds}.</source>
            <translation>The {device} cannot use {baud} baud: choose one of {speeds}.</translation>
        </message>
        <message>
            <source>Device profile saved; the devices use it from the next start.</source>
            <translation>Device profile saved; the devices use it from the next start.</translation>
        </message>
    </context>
    <context>
        <name>PrepareStep</name>
        <message>
            <source>overfilled</source>
            <translation>overfilled</translation>
        </message>
        <message>
            <source>underfilled</source>
            <translation>underfilled</translation>
        </message>
        <message>
            <source>air bubble in the syringe</source>
            <translation>air bubble in the syringe</translation>
        </message>
        <message>
            <source>syringe touched the scale's draught shield</source>
            <translation>syringe touched the scale's draught shield</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>OVERLOAD</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>UNDERLOAD</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERROR</translation>
        </message>
        <message>
            <source>Prepare and weigh the dose</source>
            <translation>Prepare and weigh the dose</translation>
        </message>
        <message>
            <source>Preparation step</source>
            <translation>Preparation step</translation>
        </message>
        <message>
            <source>Solution batch</source>
            <translation>Solution batch</translation>
        </message>
        <message>
            <source>Batch details</source>
            <translation>Batch details</translation>
        </message>
        <message>
            <source>Expected volume and mass</source>
            <translation>Expected volume and mass</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>What to do now</translation>
        </message>
        <message>
            <source>Live weight</source>
            <translation>Live weight</translation>
        </message>
        <message>
            <source>Weight stability</source>
            <translation>Weight stability</translation>
        </message>
        <message>
            <source>&amp;Tare empty syringe</source>
            <translation>&amp;Tare empty syringe</translation>
        </message>
        <message>
            <source>Tare the empty syringe</source>
            <translation>Tare the empty syringe</translation>
        </message>
        <message>
            <source>&amp;Accept weight</source>
            <translation>&amp;Accept weight</translation>
        </message>
        <message>
            <source>Accept the weight</source>
            <translation>Accept the weight</translation>
        </message>
        <message>
            <source>Weighing message</source>
            <translation>Weighing message</translation>
        </message>
        <message>
            <source>Why the syringe is prepared again</source>
            <translation>Why the syringe is prepared again</translation>
        </message>
        <message>
            <source>&amp;Redo with this reason</source>
            <translation>&amp;Redo with this reason</translation>
        </message>
        <message>
            <source>Prepare again</source>
            <translation>Prepare again</translation>
        </message>
        <message>
            <source>Continue to &amp;label</source>
            <translation>Continue to &amp;label</translation>
        </message>
        <message>
            <source>Continue to label</source>
            <translation>Continue to label</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;End visit</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>End visit</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Reading the solution batches…</source>
            <translation>Reading the solution batches…</translation>
        </message>
        <message>
            <source>The solution batches could not be read: {error}</source>
            <translation>The solution batches could not be read: {error}</translation>
        </message>
        <message>
            <source>No usable solution batch: ask the pharmacist to prepare one.</source>
            <translation>No usable solution batch: ask the pharmacist to prepare one.</translation>
        </message>
        <message>
            <source>Lot {lot}, {concentration}, density {density}, use by {expiry}</source>
            <translation>Lot {lot}, {concentration}, density {density}, use by {expiry}</translation>
        </message>
        <message>
            <source>1. Put the empty syringe on the scale and press Tare.  2. Fill it to {volume} and put it back on the scale.  3. Press Accept when the weight is stable.</source>
            <translation>1. Put the empty syringe on the scale and press Tare.  2. Fill it to {volume} and put it back on the scale.  3. Press Accept when the weight is stable.</translation>
        </message>
        <message>
            <source>NO SCALE</source>
            <translation>NO SCALE</translation>
        </message>
        <message>
            <source>The scale is connected again. Tare the empty syringe again.</source>
            <translation>The scale is connected again. Tare the empty syringe again.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABLE</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>moving…</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Taring…</translation>
        </message>
        <message>
            <source>Tared. Fill the syringe, put it on the scale, then press Accept.</source>
            <translation>Tared. Fill the syringe, put it on the scale, then press Accept.</translation>
        </message>
        <message>
            <source>Waiting for a stable, confirmed weight…</source>
            <translation>Waiting for a stable, confirmed weight…</translation>
        </message>
        <message>
            <source>Accepted: {measured} = {mg} prepared. {explanation}</source>
            <translation>Accepted: {measured} = {mg} prepared. {explanation}</translation>
        </message>
        <message>
            <source>Not accepted, outside the tolerance: {explanation} Choose why and prepare again.</source>
            <translation>Not accepted, outside the tolerance: {explanation} Choose why and prepare again.</translation>
        </message>
        <message>
            <source>No weight accepted: {why}</source>
            <translation>No weight accepted: {why}</translation>
        </message>
        <message>
            <source>Adjust the syringe and press Accept again.</source>
            <translation>Adjust the syringe and press Accept again.</translation>
        </message>
        <message>
            <source>The redo was not recorded: {error}. It is kept with the dose.</source>
            <translation>The redo was not recorded: {error}. It is kept with the dose.</translation>
        </message>
    </context>
    <context>
        <name>Prescriber</name>
        <message>
            <source>induction</source>
            <translation>induction</translation>
        </message>
        <message>
            <source>titration</source>
            <translation>titration</translation>
        </message>
        <message>
            <source>maintenance</source>
            <translation>maintenance</translation>
        </message>
        <message>
            <source>taper</source>
            <translation>taper</translation>
        </message>
        <message>
            <source>clinic's default</source>
            <translation>clinic's default</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.yyyy</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspace</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Prescriber's workspace</translation>
        </message>
        <message>
            <source>Prescriber — {name}</source>
            <translation>Prescriber — {name}</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>What needs attention</translation>
        </message>
        <message>
            <source>Patients and their active orders</source>
            <translation>Patients and their active orders</translation>
        </message>
        <message>
            <source>Orders due for review</source>
            <translation>Orders due for review</translation>
        </message>
        <message>
            <source>Orders expiring soon</source>
            <translation>Orders expiring soon</translation>
        </message>
        <message>
            <source>Expired orders</source>
            <translation>Expired orders</translation>
        </message>
        <message>
            <source>Prescriber's lists</source>
            <translation>Prescriber's lists</translation>
        </message>
        <message>
            <source>Prescriber message</source>
            <translation>Prescriber message</translation>
        </message>
        <message>
            <source>The chosen order</source>
            <translation>The chosen order</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Clinic id</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Drug and form</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Per session</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Per day</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Minimum interval</source>
            <translation>Minimum interval</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Review on</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <source>&amp;New order…</source>
            <translation>&amp;New order…</translation>
        </message>
        <message>
            <source>Write a new order</source>
            <translation>Write a new order</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Change…</translation>
        </message>
        <message>
            <source>Change the chosen order</source>
            <translation>Change the chosen order</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Renew…</translation>
        </message>
        <message>
            <source>Renew the chosen order</source>
            <translation>Renew the chosen order</translation>
        </message>
        <message>
            <source>S&amp;top…</source>
            <translation>S&amp;top…</translation>
        </message>
        <message>
            <source>Stop the chosen order</source>
            <translation>Stop the chosen order</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Read the lists again</source>
            <translation>Read the lists again</translation>
        </message>
        <message>
            <source>&amp;1 Patients and active orders</source>
            <translation>&amp;1 Patients and active orders</translation>
        </message>
        <message>
            <source>&amp;2 Reviews due ({n})</source>
            <translation>&amp;2 Reviews due ({n})</translation>
        </message>
        <message>
            <source>&amp;3 Expiring within {days} days ({n})</source>
            <translation>&amp;3 Expiring within {days} days ({n})</translation>
        </message>
        <message>
            <source>&amp;4 Expired ({n})</source>
            <translation>&amp;4 Expired ({n})</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>review due</translation>
        </message>
        <message>
            <source>expiring</source>
            <translation>expiring</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>{patients} patients, {active} active orders; {reviews} reviews due, {expiring} expiring within {days} days, {expired} expired (today {today}).</source>
            <translation>{patients} patients, {active} active orders; {reviews} reviews due, {expiring} expiring within {days} days, {expired} expired (today {today}).</translation>
        </message>
        <message>
            <source>not on this station's roster</source>
            <translation>not on this station's roster</translation>
        </message>
        <message>
            <source>no signed order</source>
            <translation>no signed order</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>+{step} every {days} d up to {target}</source>
            <translation>+{step} every {days} d up to {target}</translation>
        </message>
        <message>
            <source>−{percent} % every {days} d down to {target}</source>
            <translation>−{percent} % every {days} d down to {target}</translation>
        </message>
        <message>
            <source>brought over, unsigned</source>
            <translation>brought over, unsigned</translation>
        </message>
        <message>
            <source>{clinic_id}: no signed order active today.</source>
            <translation>{clinic_id}: no signed order active today.</translation>
        </message>
        <message>
            <source>{clinic_id} {name}: {drug}, {session} per session, {day} per day, {sessions} sessions, interval {interval}; valid {start} to {end}; review {review}; plan: {plan}. Note for the counter: {note}. Version {version}, signed as prescribed by {signer} on {signed_day} at {signed_time}.</source>
            <translation>{clinic_id} {name}: {drug}, {session} per session, {day} per day, {sessions} sessions, interval {interval}; valid {start} to {end}; review {review}; plan: {plan}. Note for the counter: {note}. Version {version}, signed as prescribed by {signer} on {signed_day} at {signed_time}.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>open-ended</translation>
        </message>
        <message>
            <source>Choose an order in the list first.</source>
            <translation>Choose an order in the list first.</translation>
        </message>
        <message>
            <source>Order signed: version {version} by {name}.</source>
            <translation>Order signed: version {version} by {name}.</translation>
        </message>
        <message>
            <source>Scans are not used in the prescriber's workspace.</source>
            <translation>Scans are not used in the prescriber's workspace.</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspaceDialog</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Prescriber's workspace</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>Close the prescriber's workspace</source>
            <translation>Close the prescriber's workspace</translation>
        </message>
    </context>
    <context>
        <name>PrinterChecks</name>
        <message>
            <source>Label printer</source>
            <translation>Label printer</translation>
        </message>
        <message>
            <source>Printer checks</source>
            <translation>Printer checks</translation>
        </message>
        <message>
            <source>Ask the printer</source>
            <translation>Ask the printer</translation>
        </message>
        <message>
            <source>Printer stat&amp;us</source>
            <translation>Printer stat&amp;us</translation>
        </message>
        <message>
            <source>Print a test label</source>
            <translation>Print a test label</translation>
        </message>
        <message>
            <source>Print a test la&amp;bel</source>
            <translation>Print a test la&amp;bel</translation>
        </message>
        <message>
            <source>Configuration &amp;dump</source>
            <translation>Configuration &amp;dump</translation>
        </message>
        <message>
            <source>Show the printer's configuration</source>
            <translation>Show the printer's configuration</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Printer status</translation>
        </message>
        <message>
            <source>Printer configuration</source>
            <translation>Printer configuration</translation>
        </message>
        <message>
            <source>Printer message</source>
            <translation>Printer message</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>No printer is connected.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>not ready: {faults}</source>
            <translation>not ready: {faults}</translation>
        </message>
        <message>
            <source>{ready}. Formats in buffer {formats}, labels remaining {labels}, label length {length} dots, {mode}; printer line {baud} baud {bits} data bits parity {parity}.</source>
            <translation>{ready}. Formats in buffer {formats}, labels remaining {labels}, label length {length} dots, {mode}; printer line {baud} baud {bits} data bits parity {parity}.</translation>
        </message>
        <message>
            <source>The printer answered.</source>
            <translation>The printer answered.</translation>
        </message>
        <message>
            <source>Test label printed: {bytes} bytes in {seconds} s.</source>
            <translation>Test label printed: {bytes} bytes in {seconds} s.</translation>
        </message>
        <message>
            <source>Configuration read.</source>
            <translation>Configuration read.</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Clinic id</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Waited</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Check in a patient</source>
            <translation>Check in a patient</translation>
        </message>
        <message>
            <source>scan a card or type a clinic number</source>
            <translation>scan a card or type a clinic number</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Check the patient in</source>
            <translation>Check the patient in</translation>
        </message>
        <message>
            <source>Patients waiting</source>
            <translation>Patients waiting</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>Call next</translation>
        </message>
        <message>
            <source>Call the next patient due</source>
            <translation>Call the next patient due</translation>
        </message>
        <message>
            <source>Call the patient who has waited longest of those due ({key})</source>
            <translation>Call the patient who has waited longest of those due ({key})</translation>
        </message>
        <message>
            <source>Went away</source>
            <translation>Went away</translation>
        </message>
        <message>
            <source>The chosen patient left the queue</source>
            <translation>The chosen patient left the queue</translation>
        </message>
        <message>
            <source>Queue message</source>
            <translation>Queue message</translation>
        </message>
        <message>
            <source>Scan a card or type a clinic number first.</source>
            <translation>Scan a card or type a clinic number first.</translation>
        </message>
        <message>
            <source>{clinic_id} is in the queue.</source>
            <translation>{clinic_id} is in the queue.</translation>
        </message>
        <message>
            <source>Nobody due is waiting.</source>
            <translation>Nobody due is waiting.</translation>
        </message>
        <message>
            <source>Called {clinic_id}.</source>
            <translation>Called {clinic_id}.</translation>
        </message>
        <message>
            <source>{clinic_id} checked in without a card: scan it at the window.</source>
            <translation>{clinic_id} checked in without a card: scan it at the window.</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Choose the patient in the list first.</translation>
        </message>
    </context>
    <context>
        <name>RawMonitor</name>
        <message>
            <source>Start raw monitor</source>
            <translation>Start raw monitor</translation>
        </message>
        <message>
            <source>Start or stop the {device}'s raw monitor</source>
            <translation>Start or stop the {device}'s raw monitor</translation>
        </message>
        <message>
            <source>Raw traffic of the {device}</source>
            <translation>Raw traffic of the {device}</translation>
        </message>
        <message>
            <source>Stop raw monitor</source>
            <translation>Stop raw monitor</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>identified by clinic card and photo</source>
            <translation>identified by clinic card and photo</translation>
        </message>
        <message>
            <source>identified by name and birth date, with a witness</source>
            <translation>identified by name and birth date, with a witness</translation>
        </message>
        <message>
            <source>identified without a card and without a witness</source>
            <translation>identified without a card and without a witness</translation>
        </message>
        <message>
            <source>the witness is the person who identified</source>
            <translation>the witness is the person who identified</translation>
        </message>
        <message>
            <source>identity not confirmed</source>
            <translation>identity not confirmed</translation>
        </message>
        <message>
            <source>one active prescription for the drug</source>
            <translation>one active prescription for the drug</translation>
        </message>
        <message>
            <source>no active prescription for the drug on this day</source>
            <translation>no active prescription for the drug on this day</translation>
        </message>
        <message>
            <source>more than one active prescription for the drug</source>
            <translation>more than one active prescription for the drug</translation>
        </message>
        <message>
            <source>no stop-dose flag</source>
            <translation>no stop-dose flag</translation>
        </message>
        <message>
            <source>a stop-dose flag is set</source>
            <translation>a stop-dose flag is set</translation>
        </message>
        <message>
            <source>this station holds the (patient, session) lease</source>
            <translation>this station holds the (patient, session) lease</translation>
        </message>
        <message>
            <source>another station holds the (patient, session) lease</source>
            <translation>another station holds the (patient, session) lease</translation>
        </message>
        <message>
            <source>offline, and this is the patient's home station</source>
            <translation>offline, and this is the patient's home station</translation>
        </message>
        <message>
            <source>offline, and this is not the patient's home station</source>
            <translation>offline, and this is not the patient's home station</translation>
        </message>
        <message>
            <source>no dose yet in this session</source>
            <translation>no dose yet in this session</translation>
        </message>
        <message>
            <source>outside every session window</source>
            <translation>outside every session window</translation>
        </message>
        <message>
            <source>a full dose was already given in this session</source>
            <translation>a full dose was already given in this session</translation>
        </message>
        <message>
            <source>a partial dose was given in this session</source>
            <translation>a partial dose was given in this session</translation>
        </message>
        <message>
            <source>the prescribed sessions for the day are used up</source>
            <translation>the prescribed sessions for the day are used up</translation>
        </message>
        <message>
            <source>induction day 1: several doses per session</source>
            <translation>induction day 1: several doses per session</translation>
        </message>
        <message>
            <source>the previous observation is closed</source>
            <translation>the previous observation is closed</translation>
        </message>
        <message>
            <source>the previous observation is still open</source>
            <translation>the previous observation is still open</translation>
        </message>
        <message>
            <source>induction day 1: observation continues</source>
            <translation>induction day 1: observation continues</translation>
        </message>
        <message>
            <source>no pre-dose assessment</source>
            <translation>no pre-dose assessment</translation>
        </message>
        <message>
            <source>the pre-dose assessment is too old (or in the future)</source>
            <translation>the pre-dose assessment is too old (or in the future)</translation>
        </message>
        <message>
            <source>assessment negative</source>
            <translation>assessment negative</translation>
        </message>
        <message>
            <source>severe sedation: refused</source>
            <translation>severe sedation: refused</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule refuses</source>
            <translation>intoxicated; clinic rule refuses</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule reduces the dose</source>
            <translation>intoxicated; clinic rule reduces the dose</translation>
        </message>
        <message>
            <source>intoxicated; proposed dose above the reduced dose</source>
            <translation>intoxicated; proposed dose above the reduced dose</translation>
        </message>
        <message>
            <source>the proposed dose is 0 mg</source>
            <translation>the proposed dose is 0 mg</translation>
        </message>
        <message>
            <source>within the prescribed per-session maximum</source>
            <translation>within the prescribed per-session maximum</translation>
        </message>
        <message>
            <source>above the prescribed per-session maximum</source>
            <translation>above the prescribed per-session maximum</translation>
        </message>
        <message>
            <source>within every daily maximum</source>
            <translation>within every daily maximum</translation>
        </message>
        <message>
            <source>above the prescription's daily maximum</source>
            <translation>above the prescription's daily maximum</translation>
        </message>
        <message>
            <source>above the clinic's daily DAM maximum</source>
            <translation>above the clinic's daily DAM maximum</translation>
        </message>
        <message>
            <source>above the clinic's daily methadone maximum alongside DAM</source>
            <translation>above the clinic's daily methadone maximum alongside DAM</translation>
        </message>
        <message>
            <source>no earlier dose on record</source>
            <translation>no earlier dose on record</translation>
        </message>
        <message>
            <source>the minimum interval has passed</source>
            <translation>the minimum interval has passed</translation>
        </message>
        <message>
            <source>top-up after a partial dose in the same session</source>
            <translation>top-up after a partial dose in the same session</translation>
        </message>
        <message>
            <source>the minimum interval has not passed</source>
            <translation>the minimum interval has not passed</translation>
        </message>
        <message>
            <source>induction: first dose cap</source>
            <translation>induction: first dose cap</translation>
        </message>
        <message>
            <source>induction: second dose cap</source>
            <translation>induction: second dose cap</translation>
        </message>
        <message>
            <source>induction day 1: per-dose cap</source>
            <translation>induction day 1: per-dose cap</translation>
        </message>
        <message>
            <source>induction: above the cap</source>
            <translation>induction: above the cap</translation>
        </message>
        <message>
            <source>induction day 1: doses too close together</source>
            <translation>induction day 1: doses too close together</translation>
        </message>
        <message>
            <source>induction phase past day 1: titration rules apply</source>
            <translation>induction phase past day 1: titration rules apply</translation>
        </message>
        <message>
            <source>titration: within 50 % of yesterday's total</source>
            <translation>titration: within 50 % of yesterday's total</translation>
        </message>
        <message>
            <source>titration: above 50 % of yesterday's total</source>
            <translation>titration: above 50 % of yesterday's total</translation>
        </message>
        <message>
            <source>titration: nothing given yesterday</source>
            <translation>titration: nothing given yesterday</translation>
        </message>
        <message>
            <source>titration: within the allowed rise over the last dose</source>
            <translation>titration: within the allowed rise over the last dose</translation>
        </message>
        <message>
            <source>titration: above the allowed rise over the last dose</source>
            <translation>titration: above the allowed rise over the last dose</translation>
        </message>
        <message>
            <source>titration: no earlier dose to rise from</source>
            <translation>titration: no earlier dose to rise from</translation>
        </message>
        <message>
            <source>fewer missed days than the warning threshold</source>
            <translation>fewer missed days than the warning threshold</translation>
        </message>
        <message>
            <source>a new induction after a break</source>
            <translation>a new induction after a break</translation>
        </message>
        <message>
            <source>consecutive missed days: first warning threshold</source>
            <translation>consecutive missed days: first warning threshold</translation>
        </message>
        <message>
            <source>consecutive missed days: second warning threshold</source>
            <translation>consecutive missed days: second warning threshold</translation>
        </message>
        <message>
            <source>after the break a clinician must review</source>
            <translation>after the break a clinician must review</translation>
        </message>
        <message>
            <source>after the break the dose is capped</source>
            <translation>after the break the dose is capped</translation>
        </message>
        <message>
            <source>after the break, above the cap</source>
            <translation>after the break, above the cap</translation>
        </message>
        <message>
            <source>a clinician reviewed the patient after the break</source>
            <translation>a clinician reviewed the patient after the break</translation>
        </message>
        <message>
            <source>a dose in the history is stamped in the future: a clock is wrong</source>
            <translation>a dose in the history is stamped in the future: a clock is wrong</translation>
        </message>
        <message>
            <source>this station's clock differs from the server's</source>
            <translation>this station's clock differs from the server's</translation>
        </message>
        <message>
            <source>within today's step of the prescriber's dose plan</source>
            <translation>within today's step of the prescriber's dose plan</translation>
        </message>
        <message>
            <source>above today's step of the prescriber's dose plan</source>
            <translation>above today's step of the prescriber's dose plan</translation>
        </message>
        <message>
            <source>the prescription ends within the warning days</source>
            <translation>the prescription ends within the warning days</translation>
        </message>
        <message>
            <source>the prescriber's review day has passed</source>
            <translation>the prescriber's review day has passed</translation>
        </message>
        <message>
            <source>A new induction started after the break; the induction rules apply.</source>
            <translation>A new induction started after the break; the induction rules apply.</translation>
        </message>
        <message>
            <source>Already dosed earlier today.</source>
            <translation>Already dosed earlier today.</translation>
        </message>
        <message>
            <source>Another station is dosing this patient in this session right now; do not dose.</source>
            <translation>Another station is dosing this patient in this session right now; do not dose.</translation>
        </message>
        <message>
            <source>Enter a dose above 0 mg.</source>
            <translation>Enter a dose above 0 mg.</translation>
        </message>
        <message>
            <source>Identified without a card: a second staff member must witness the identification before dosing.</source>
            <translation>Identified without a card: a second staff member must witness the identification before dosing.</translation>
        </message>
        <message>
            <source>Identity confirmed by name and birth date, witnessed by a second staff member.</source>
            <translation>Identity confirmed by name and birth date, witnessed by a second staff member.</translation>
        </message>
        <message>
            <source>Identity confirmed with the clinic card and photo.</source>
            <translation>Identity confirmed with the clinic card and photo.</translation>
        </message>
        <message>
            <source>Induction day 1 is over: the titration rules apply.</source>
            <translation>Induction day 1 is over: the titration rules apply.</translation>
        </message>
        <message>
            <source>Induction day 1: several doses in one session are allowed under the induction rules.</source>
            <translation>Induction day 1: several doses in one session are allowed under the induction rules.</translation>
        </message>
        <message>
            <source>Induction day 1: the observation of the previous dose is still running; keep watching and restart it with this dose.</source>
            <translation>Induction day 1: the observation of the previous dose is still running; keep watching and restart it with this dose.</translation>
        </message>
        <message>
            <source>It is outside the clinic's dosing sessions: a second staff member must approve with a reason.</source>
            <translation>It is outside the clinic's dosing sessions: a second staff member must approve with a reason.</translation>
        </message>
        <message>
            <source>No earlier dose is on record.</source>
            <translation>No earlier dose is on record.</translation>
        </message>
        <message>
            <source>No other station is dosing this patient in this session.</source>
            <translation>No other station is dosing this patient in this session.</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>No stop-dose flag is set.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: another station may already have dosed, so a second staff member must approve with a reason.</source>
            <translation>Offline, and this is not the patient's home station: another station may already have dosed, so a second staff member must approve with a reason.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: dose at the home station or wait until this station is back online.</source>
            <translation>Offline, and this is not the patient's home station: dose at the home station or wait until this station is back online.</translation>
        </message>
        <message>
            <source>Offline: this is the patient's home station, so it may dose; doses given elsewhere show up after the next sync.</source>
            <translation>Offline: this is the patient's home station, so it may dose; doses given elsewhere show up after the next sync.</translation>
        </message>
        <message>
            <source>Record the pre-dose assessment (sedation, and breath alcohol if used) first.</source>
            <translation>Record the pre-dose assessment (sedation, and breath alcohol if used) first.</translation>
        </message>
        <message>
            <source>The last dose in this session was partial; the interval does not apply.</source>
            <translation>The last dose in this session was partial; the interval does not apply.</translation>
        </message>
        <message>
            <source>The patient's identity is not confirmed: scan the card, or identify with a witness.</source>
            <translation>The patient's identity is not confirmed: scan the card, or identify with a witness.</translation>
        </message>
        <message>
            <source>The previous observation is closed.</source>
            <translation>The previous observation is closed.</translation>
        </message>
        <message>
            <source>The previous observation is still open: discharge the patient from it first.</source>
            <translation>The previous observation is still open: discharge the patient from it first.</translation>
        </message>
        <message>
            <source>The witness must be a different staff member from the one who identified the patient.</source>
            <translation>The witness must be a different staff member from the one who identified the patient.</translation>
        </message>
        <message>
            <source>Titration: no dose was given yesterday, so today's maximum cannot be set; a clinic lead must review.</source>
            <translation>Titration: no dose was given yesterday, so today's maximum cannot be set; a clinic lead must review.</translation>
        </message>
        <message>
            <source>Titration: there is no earlier dose to rise from; a clinic lead must review.</source>
            <translation>Titration: there is no earlier dose to rise from; a clinic lead must review.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed today's step of the dose plan ({cap} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg would exceed today's step of the dose plan ({cap} mg): {given} mg given today, at most {remaining} mg more.</translation>
        </message>
        <message>
            <source>Today's step of the dose plan is {cap} mg: {given} mg given, up to {remaining} mg more.</source>
            <translation>Today's step of the dose plan is {cap} mg: {given} mg given, up to {remaining} mg more.</translation>
        </message>
        <message>
            <source>The prescription for {drug} ends on {until} ({days} day(s) left): ask the prescriber to renew it.</source>
            <translation>The prescription for {drug} ends on {until} ({days} day(s) left): ask the prescriber to renew it.</translation>
        </message>
        <message>
            <source>The prescriber's review of this prescription was due on {review_on}: tell the prescriber.</source>
            <translation>The prescriber's review of this prescription was due on {review_on}: tell the prescriber.</translation>
        </message>
        <message>
            <source>There is no active prescription for {drug} today.</source>
            <translation>There is no active prescription for {drug} today.</translation>
        </message>
        <message>
            <source>There are {count} active prescriptions for {drug} today; a clinic lead must end all but one.</source>
            <translation>There are {count} active prescriptions for {drug} today; a clinic lead must end all but one.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, until {until}.</source>
            <translation>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, until {until}.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, with no end date.</source>
            <translation>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, with no end date.</translation>
        </message>
        <message>
            <source>A stop-dose flag is set ({flags}); a prescriber or a clinic lead lifts it.</source>
            <translation>A stop-dose flag is set ({flags}); a prescriber or a clinic lead lifts it.</translation>
        </message>
        <message>
            <source>This station's clock is {ahead_by} ahead of the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>This station's clock is {ahead_by} ahead of the central server's: the server's time is used for this visit. Have the station's clock set right.</translation>
        </message>
        <message>
            <source>This station's clock is {behind_by} behind the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>This station's clock is {behind_by} behind the central server's: the server's time is used for this visit. Have the station's clock set right.</translation>
        </message>
        <message>
            <source>A dose recorded at this station is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>A dose recorded at this station is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</translation>
        </message>
        <message>
            <source>A dose recorded at station {station} is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>A dose recorded at station {station} is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}).</source>
            <translation>{given} mg was already given in this session ({session}).</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}); a second dose needs a second staff member's approval.</source>
            <translation>{given} mg was already given in this session ({session}); a second dose needs a second staff member's approval.</translation>
        </message>
        <message>
            <source>A partial or failed injection (counted as {given} mg) was recorded in this session; another dose needs a second staff member's approval.</source>
            <translation>A partial or failed injection (counted as {given} mg) was recorded in this session; another dose needs a second staff member's approval.</translation>
        </message>
        <message>
            <source>All {count} prescribed sessions for today have been dosed.</source>
            <translation>All {count} prescribed sessions for today have been dosed.</translation>
        </message>
        <message>
            <source>No dose given yet in the {session} session.</source>
            <translation>No dose given yet in the {session} session.</translation>
        </message>
        <message>
            <source>The pre-dose assessment is not from the last {within}: assess the patient again.</source>
            <translation>The pre-dose assessment is not from the last {within}: assess the patient again.</translation>
        </message>
        <message>
            <source>Sedation score {sedation}: no dose now; assess the patient again later.</source>
            <translation>Sedation score {sedation}: no dose now; assess the patient again later.</translation>
        </message>
        <message>
            <source>Pre-dose assessment shows no intoxication (sedation score {sedation}).</source>
            <translation>Pre-dose assessment shows no intoxication (sedation score {sedation}).</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): no dose now by clinic rule; assess again later.</source>
            <translation>Signs of intoxication (sedation score {sedation}): no dose now by clinic rule; assess again later.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Signs of intoxication (breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Signs of intoxication (sedation score {sedation}): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Signs of intoxication (breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session: at most {cap} mg.</source>
            <translation>{proposed} mg is above the prescribed maximum of {per_session} mg per session: at most {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session ({given} mg already given this session): at most {cap} mg.</source>
            <translation>{proposed} mg is above the prescribed maximum of {per_session} mg per session ({given} mg already given this session): at most {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session.</source>
            <translation>{proposed} mg is within the prescribed {per_session} mg per session.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session ({given} mg already given this session).</source>
            <translation>{proposed} mg is within the prescribed {per_session} mg per session ({given} mg already given this session).</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the prescribed daily maximum ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg would exceed the prescribed daily maximum ({limit} mg): {given} mg given today, at most {remaining} mg more.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg would exceed the clinic's daily maximum of diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of methadone alongside diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg would exceed the clinic's daily maximum of methadone alongside diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</translation>
        </message>
        <message>
            <source>{given} mg given today; up to {more} mg more is within every daily maximum.</source>
            <translation>{given} mg given today; up to {more} mg more is within every daily maximum.</translation>
        </message>
        <message>
            <source>The last dose was at {last}; the next may be given from {next} (at least {interval} apart).</source>
            <translation>The last dose was at {last}; the next may be given from {next} (at least {interval} apart).</translation>
        </message>
        <message>
            <source>The last dose was at {last}, more than {interval} ago.</source>
            <translation>The last dose was at {last}, more than {interval} ago.</translation>
        </message>
        <message>
            <source>Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>Induction: the first dose may be at most {first_cap} mg; watch closely.</translation>
        </message>
        <message>
            <source>Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>Induction: a second dose of at most {second_cap} mg may follow at once.</translation>
        </message>
        <message>
            <source>Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</translation>
        </message>
        <message>
            <source>Induction day 1: doses at least {interval} apart; the next may be given from {next}.</source>
            <translation>Induction day 1: doses at least {interval} apart; the next may be given from {next}.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>{proposed} mg is too much. Induction: the first dose may be at most {first_cap} mg; watch closely.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>{proposed} mg is too much. Induction: a second dose of at most {second_cap} mg may follow at once.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>{proposed} mg is too much. Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</translation>
        </message>
        <message>
            <source>Titration: each dose today may be at most {cap} mg ({share} % of yesterday's total of {total} mg).</source>
            <translation>Titration: each dose today may be at most {cap} mg ({share} % of yesterday's total of {total} mg).</translation>
        </message>
        <message>
            <source>Titration: a dose may rise by at most {rise} % over the last dose of {last} mg: at most {cap} mg.</source>
            <translation>Titration: a dose may rise by at most {rise} % over the last dose of {last} mg: at most {cap} mg.</translation>
        </message>
        <message>
            <source>Missed days since the last dose: {missed}.</source>
            <translation>Missed days since the last dose: {missed}.</translation>
        </message>
        <message>
            <source>The cap after the {break_days}-day break has ended.</source>
            <translation>The cap after the {break_days}-day break has ended.</translation>
        </message>
        <message>
            <source>{missed} consecutive days without a dose: tolerance may be lower and the overdose risk higher; write a comment.</source>
            <translation>{missed} consecutive days without a dose: tolerance may be lower and the overdose risk higher; write a comment.</translation>
        </message>
        <message>
            <source>A clinician reviewed the patient after the {missed}-day break.</source>
            <translation>A clinician reviewed the patient after the {missed}-day break.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose a clinician must review the patient before dosing (the review is recorded by a clinic lead).</source>
            <translation>After {missed} days without a dose a clinician must review the patient before dosing (the review is recorded by a clinic lead).</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), until a clinic lead records a review.</source>
            <translation>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), until a clinic lead records a review.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), for {days} day(s) from {since}.</source>
            <translation>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), for {days} day(s) from {since}.</translation>
        </message>
        <message>
            <source>diacetylmorphine IV</source>
            <translation>diacetylmorphine IV</translation>
        </message>
        <message>
            <source>diacetylmorphine IM</source>
            <translation>diacetylmorphine IM</translation>
        </message>
        <message>
            <source>diacetylmorphine oral</source>
            <translation>diacetylmorphine oral</translation>
        </message>
        <message>
            <source>methadone oral</source>
            <translation>methadone oral</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>ReceivePage</name>
        <message>
            <source>Scan the pack's DataMatrix code with the scanner, or type it below (write &lt;GS&gt; for the group separator) and press Enter.</source>
            <translation>Scan the pack's DataMatrix code with the scanner, or type it below (write &lt;GS&gt; for the group separator) and press Enter.</translation>
        </message>
        <message>
            <source>How to receive a pack</source>
            <translation>How to receive a pack</translation>
        </message>
        <message>
            <source>Pack code</source>
            <translation>Pack code</translation>
        </message>
        <message>
            <source>scan or type the pack code</source>
            <translation>scan or type the pack code</translation>
        </message>
        <message>
            <source>&amp;Read code</source>
            <translation>&amp;Read code</translation>
        </message>
        <message>
            <source>Read the pack code</source>
            <translation>Read the pack code</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Expiry</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>Code type</source>
            <translation>Code type</translation>
        </message>
        <message>
            <source>Ampoules received</source>
            <translation>Ampoules received</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Amount received</translation>
        </message>
        <message>
            <source>Re&amp;ceive</source>
            <translation>Re&amp;ceive</translation>
        </message>
        <message>
            <source>Receive this pack</source>
            <translation>Receive this pack</translation>
        </message>
        <message>
            <source>Receiving message</source>
            <translation>Receiving message</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pack</translation>
        </message>
        <message>
            <source>&amp;Ampoules</source>
            <translation>&amp;Ampoules</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>New product for the catalogue</source>
            <translation>New product for the catalogue</translation>
        </message>
        <message>
            <source>Product number</source>
            <translation>Product number</translation>
        </message>
        <message>
            <source>Substance</source>
            <translation>Substance</translation>
        </message>
        <message>
            <source>e.g. diacetylmorphine</source>
            <translation>e.g. diacetylmorphine</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Product name</translation>
        </message>
        <message>
            <source>mg per ampoule</source>
            <translation>mg per ampoule</translation>
        </message>
        <message>
            <source>Ampoules per pack</source>
            <translation>Ampoules per pack</translation>
        </message>
        <message>
            <source>Add this product to the catalogue</source>
            <translation>Add this product to the catalogue</translation>
        </message>
        <message>
            <source>Add to catalo&amp;gue</source>
            <translation>Add to catalo&amp;gue</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading the pack code…</source>
            <translation>Reading the pack code…</translation>
        </message>
        <message>
            <source>(not in the code)</source>
            <translation>(not in the code)</translation>
        </message>
        <message>
            <source>Not in the catalogue</source>
            <translation>Not in the catalogue</translation>
        </message>
        <message>
            <source>This product is not in the catalogue: add it below, then receive.</source>
            <translation>This product is not in the catalogue: add it below, then receive.</translation>
        </message>
        <message>
            <source>Check the pack against the screen, then press Receive.</source>
            <translation>Check the pack against the screen, then press Receive.</translation>
        </message>
        <message>
            <source>{units} × {per} = {total}</source>
            <translation>{units} × {per} = {total}</translation>
        </message>
        <message>
            <source>Received: {product}, batch {batch}, serial {serial}.</source>
            <translation>Received: {product}, batch {batch}, serial {serial}.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
        </message>
        <message>
            <source>Give the substance, the name and the mg per ampoule.</source>
            <translation>Give the substance, the name and the mg per ampoule.</translation>
        </message>
    </context>
    <context>
        <name>ReconstitutePage</name>
        <message>
            <source>Stock lots to take from</source>
            <translation>Stock lots to take from</translation>
        </message>
        <message>
            <source>Stock lot</source>
            <translation>Stock lot</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>mg to use</source>
            <translation>mg to use</translation>
        </message>
        <message>
            <source>Final volume in mL</source>
            <translation>Final volume in mL</translation>
        </message>
        <message>
            <source>Sample volume in mL</source>
            <translation>Sample volume in mL</translation>
        </message>
        <message>
            <source>Sample mass in g</source>
            <translation>Sample mass in g</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Shelf life after reconstitution in hours</source>
            <translation>Shelf life after reconstitution in hours</translation>
        </message>
        <message>
            <source>&amp;Tare empty vessel</source>
            <translation>&amp;Tare empty vessel</translation>
        </message>
        <message>
            <source>Tare the empty vessel on the scale</source>
            <translation>Tare the empty vessel on the scale</translation>
        </message>
        <message>
            <source>&amp;Weigh sample</source>
            <translation>&amp;Weigh sample</translation>
        </message>
        <message>
            <source>Weigh the sample on the scale</source>
            <translation>Weigh the sample on the scale</translation>
        </message>
        <message>
            <source>Concentration and density</source>
            <translation>Concentration and density</translation>
        </message>
        <message>
            <source>Reconstitute and &amp;sign…</source>
            <translation>Reconstitute and &amp;sign…</translation>
        </message>
        <message>
            <source>Reconstitute and sign with a witness</source>
            <translation>Reconstitute and sign with a witness</translation>
        </message>
        <message>
            <source>Reconstitution message</source>
            <translation>Reconstitution message</translation>
        </message>
        <message>
            <source>&amp;Final volume (mL)</source>
            <translation>&amp;Final volume (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;volume (mL)</source>
            <translation>Sample &amp;volume (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;mass (g)</source>
            <translation>Sample &amp;mass (g)</translation>
        </message>
        <message>
            <source>S&amp;helf life</source>
            <translation>S&amp;helf life</translation>
        </message>
        <message>
            <source>Density: weigh a known volume</source>
            <translation>Density: weigh a known volume</translation>
        </message>
        <message>
            <source>Ampoules from these stock lots:</source>
            <translation>Ampoules from these stock lots:</translation>
        </message>
        <message>
            <source>Total {mg}</source>
            <translation>Total {mg}</translation>
        </message>
        <message>
            <source>concentration {value} mg/mL</source>
            <translation>concentration {value} mg/mL</translation>
        </message>
        <message>
            <source>density {value} g/mL</source>
            <translation>density {value} g/mL</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>No scale is connected.</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Taring…</translation>
        </message>
        <message>
            <source>Tared. Fill the vessel with the sample volume, then press Weigh sample.</source>
            <translation>Tared. Fill the vessel with the sample volume, then press Weigh sample.</translation>
        </message>
        <message>
            <source>Waiting for a stable weight…</source>
            <translation>Waiting for a stable weight…</translation>
        </message>
        <message>
            <source>The scale gave no weight in g.</source>
            <translation>The scale gave no weight in g.</translation>
        </message>
        <message>
            <source>Sample weighed: {mass} g.</source>
            <translation>Sample weighed: {mass} g.</translation>
        </message>
        <message>
            <source>Type the mg taken from at least one stock lot.</source>
            <translation>Type the mg taken from at least one stock lot.</translation>
        </message>
        <message>
            <source>Give the final volume, the sample volume and the weighed sample mass.</source>
            <translation>Give the final volume, the sample volume and the weighed sample mass.</translation>
        </message>
        <message>
            <source>Witness the reconstitution: {figures}</source>
            <translation>Witness the reconstitution: {figures}</translation>
        </message>
        <message>
            <source>Solution batch {batch} recorded.</source>
            <translation>Solution batch {batch} recorded.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Substance</source>
            <translation>Substance</translation>
        </message>
        <message>
            <source>Batch shown</source>
            <translation>Batch shown</translation>
        </message>
        <message>
            <source>Controlled-drug register</source>
            <translation>Controlled-drug register</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Change (mg)</source>
            <translation>Change (mg)</translation>
        </message>
        <message>
            <source>Balance (mg)</source>
            <translation>Balance (mg)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Correction notes</source>
            <translation>Correction notes</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Export as PDF</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>P&amp;rint…</translation>
        </message>
        <message>
            <source>Print the register</source>
            <translation>Print the register</translation>
        </message>
        <message>
            <source>Correction note</source>
            <translation>Correction note</translation>
        </message>
        <message>
            <source>what was wrong, and why</source>
            <translation>what was wrong, and why</translation>
        </message>
        <message>
            <source>Correction in mg (optional)</source>
            <translation>Correction in mg (optional)</translation>
        </message>
        <message>
            <source>e.g. -0.50</source>
            <translation>e.g. -0.50</translation>
        </message>
        <message>
            <source>Add &amp;correction</source>
            <translation>Add &amp;correction</translation>
        </message>
        <message>
            <source>Add a correction to the chosen entry</source>
            <translation>Add a correction to the chosen entry</translation>
        </message>
        <message>
            <source>Register message</source>
            <translation>Register message</translation>
        </message>
        <message>
            <source>&amp;Substance</source>
            <translation>&amp;Substance</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>Correct the chosen entry (the entry itself never changes)</source>
            <translation>Correct the chosen entry (the entry itself never changes)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>C&amp;hange (mg)</source>
            <translation>C&amp;hange (mg)</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>All batches</translation>
        </message>
        <message>
            <source>Stock of {what}</source>
            <translation>Stock of {what}</translation>
        </message>
        <message>
            <source>Choose the entry to correct.</source>
            <translation>Choose the entry to correct.</translation>
        </message>
        <message>
            <source>Write what the correction is about.</source>
            <translation>Write what the correction is about.</translation>
        </message>
        <message>
            <source>The change must be a number of mg.</source>
            <translation>The change must be a number of mg.</translation>
        </message>
        <message>
            <source>This entry has no batch: add a note without a change.</source>
            <translation>This entry has no batch: add a note without a change.</translation>
        </message>
        <message>
            <source>Correction added as a dated note.</source>
            <translation>Correction added as a dated note.</translation>
        </message>
        <message>
            <source>There is nothing to export yet.</source>
            <translation>There is nothing to export yet.</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Writing {file}…</translation>
        </message>
        <message numerus="yes">
            <source>%n entries written to {file}.</source>
            <translation>
                <numerusform>%n entries written to {file}.</numerusform>
                <numerusform>%n entries written to {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to print yet.</source>
            <translation>There is nothing to print yet.</translation>
        </message>
        <message>
            <source>Controlled-drug register: {substance} — {station}</source>
            <translation>Controlled-drug register: {substance} — {station}</translation>
        </message>
        <message>
            <source>Printed {printed} - page {page} of {pages}</source>
            <translation>Printed {printed} - page {page} of {pages}</translation>
        </message>
        <message>
            <source>Printing the register…</source>
            <translation>Printing the register…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n page sent to the printer.</numerusform>
                <numerusform>%n pages sent to the printer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScaleChecks</name>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Scale checks</source>
            <translation>Scale checks</translation>
        </message>
        <message>
            <source>Not identified yet.</source>
            <translation>Not identified yet.</translation>
        </message>
        <message>
            <source>Scale identity</source>
            <translation>Scale identity</translation>
        </message>
        <message>
            <source>&amp;Identify</source>
            <translation>&amp;Identify</translation>
        </message>
        <message>
            <source>Identify the scale</source>
            <translation>Identify the scale</translation>
        </message>
        <message>
            <source>&amp;Zero</source>
            <translation>&amp;Zero</translation>
        </message>
        <message>
            <source>Zero the scale</source>
            <translation>Zero the scale</translation>
        </message>
        <message>
            <source>&amp;Tare</source>
            <translation>&amp;Tare</translation>
        </message>
        <message>
            <source>Tare the scale</source>
            <translation>Tare the scale</translation>
        </message>
        <message>
            <source>Read the weight once</source>
            <translation>Read the weight once</translation>
        </message>
        <message>
            <source>Test r&amp;ead</source>
            <translation>Test r&amp;ead</translation>
        </message>
        <message>
            <source>Test reading and latency</source>
            <translation>Test reading and latency</translation>
        </message>
        <message>
            <source>Start raw &amp;monitor</source>
            <translation>Start raw &amp;monitor</translation>
        </message>
        <message>
            <source>Start or stop the raw monitor</source>
            <translation>Start or stop the raw monitor</translation>
        </message>
        <message>
            <source>Raw traffic</source>
            <translation>Raw traffic</translation>
        </message>
        <message>
            <source>Scale serial number</source>
            <translation>Scale serial number</translation>
        </message>
        <message>
            <source>Certified mass in g</source>
            <translation>Certified mass in g</translation>
        </message>
        <message>
            <source>Tolerance in g</source>
            <translation>Tolerance in g</translation>
        </message>
        <message>
            <source>Weigh the reference weight and record the check</source>
            <translation>Weigh the reference weight and record the check</translation>
        </message>
        <message>
            <source>Calibration status</source>
            <translation>Calibration status</translation>
        </message>
        <message>
            <source>Scale message</source>
            <translation>Scale message</translation>
        </message>
        <message>
            <source>Reference-weight check</source>
            <translation>Reference-weight check</translation>
        </message>
        <message>
            <source>1. Empty the pan, then zero for the chec&amp;k</source>
            <translation>1. Empty the pan, then zero for the chec&amp;k</translation>
        </message>
        <message>
            <source>Clear any tare and zero the empty scale before the reference-weight check</source>
            <translation>Clear any tare and zero the empty scale before the reference-weight check</translation>
        </message>
        <message>
            <source>2. Check against the reference &amp;weight</source>
            <translation>2. Check against the reference &amp;weight</translation>
        </message>
        <message>
            <source>Serial number of t&amp;he scale</source>
            <translation>Serial number of t&amp;he scale</translation>
        </message>
        <message>
            <source>&amp;Certified mass (g)</source>
            <translation>&amp;Certified mass (g)</translation>
        </message>
        <message>
            <source>T&amp;olerance (g)</source>
            <translation>T&amp;olerance (g)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>No scale is connected.</translation>
        </message>
        <message>
            <source>{protocol}: model {model}, serial number {serial}</source>
            <translation>{protocol}: model {model}, serial number {serial}</translation>
        </message>
        <message>
            <source>The scale answered.</source>
            <translation>The scale answered.</translation>
        </message>
        <message>
            <source>Zeroed.</source>
            <translation>Zeroed.</translation>
        </message>
        <message>
            <source>Tared ({value} g).</source>
            <translation>Tared ({value} g).</translation>
        </message>
        <message>
            <source>{value} {unit} ({status}) in {ms} ms; frame {raw}</source>
            <translation>{value} {unit} ({status}) in {ms} ms; frame {raw}</translation>
        </message>
        <message>
            <source>Stop raw &amp;monitor</source>
            <translation>Stop raw &amp;monitor</translation>
        </message>
        <message>
            <source>Identify the scale (or type its serial number) first.</source>
            <translation>Identify the scale (or type its serial number) first.</translation>
        </message>
        <message>
            <source>Give the certified mass and the tolerance in g.</source>
            <translation>Give the certified mass and the tolerance in g.</translation>
        </message>
        <message>
            <source>Clearing the tare and zeroing the empty pan…</source>
            <translation>Clearing the tare and zeroing the empty pan…</translation>
        </message>
        <message>
            <source>Tare cleared and the empty pan zeroed. Place the reference weight, then check.</source>
            <translation>Tare cleared and the empty pan zeroed. Place the reference weight, then check.</translation>
        </message>
        <message>
            <source>First empty the pan and zero it for the check (step 1).</source>
            <translation>First empty the pan and zero it for the check (step 1).</translation>
        </message>
        <message>
            <source>Waiting for a stable weight of the reference weight…</source>
            <translation>Waiting for a stable weight of the reference weight…</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FAILED</translation>
        </message>
        <message>
            <source>Reference check {verdict}: {measured} g for {certified} g (± {tolerance} g).</source>
            <translation>Reference check {verdict}: {measured} g for {certified} g (± {tolerance} g).</translation>
        </message>
        <message>
            <source>Calibration ok</source>
            <translation>Calibration ok</translation>
        </message>
        <message>
            <source>Calibration due</source>
            <translation>Calibration due</translation>
        </message>
        <message>
            <source>Calibration overdue</source>
            <translation>Calibration overdue</translation>
        </message>
        <message>
            <source>Calibration failed</source>
            <translation>Calibration failed</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Never checked</translation>
        </message>
        <message>
            <source>Never checked against a reference weight.</source>
            <translation>Never checked against a reference weight.</translation>
        </message>
        <message>
            <source>The last check ({when}) failed: do not weigh doses on this scale.</source>
            <translation>The last check ({when}) failed: do not weigh doses on this scale.</translation>
        </message>
        <message>
            <source>Overdue since {due} (last check {when}).</source>
            <translation>Overdue since {due} (last check {when}).</translation>
        </message>
        <message>
            <source>Due by {due} (last check {when}).</source>
            <translation>Due by {due} (last check {when}).</translation>
        </message>
        <message>
            <source>Checked {when}; next check due {due}.</source>
            <translation>Checked {when}; next check due {due}.</translation>
        </message>
    </context>
    <context>
        <name>ScannerChecks</name>
        <message>
            <source>Scanner test</source>
            <translation>Scanner test</translation>
        </message>
        <message>
            <source>Scan any code. To check the keyboard layout, print a test label and scan its bar code.</source>
            <translation>Scan any code. To check the keyboard layout, print a test label and scan its bar code.</translation>
        </message>
        <message>
            <source>How to test the scanner</source>
            <translation>How to test the scanner</translation>
        </message>
        <message>
            <source>Scanned text with control characters</source>
            <translation>Scanned text with control characters</translation>
        </message>
        <message>
            <source>AIM identifier</source>
            <translation>AIM identifier</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>Raw bytes</translation>
        </message>
        <message>
            <source>What the code means</source>
            <translation>What the code means</translation>
        </message>
        <message>
            <source>Keyboard layout check</source>
            <translation>Keyboard layout check</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>scanner</translation>
        </message>
        <message>
            <source>The raw monitor shows the serial scanner's port only: a keyboard scanner types into the computer like a keyboard and has no port to watch (its keys appear in the text above).</source>
            <translation>The raw monitor shows the serial scanner's port only: a keyboard scanner types into the computer like a keyboard and has no port to watch (its keys appear in the text above).</translation>
        </message>
        <message>
            <source>What the scanner's raw monitor shows</source>
            <translation>What the scanner's raw monitor shows</translation>
        </message>
        <message>
            <source>{identifier} ({name})</source>
            <translation>{identifier} ({name})</translation>
        </message>
        <message>
            <source>none (the scanner sends no AIM identifier)</source>
            <translation>none (the scanner sends no AIM identifier)</translation>
        </message>
        <message>
            <source>(typed by the keyboard)</source>
            <translation>(typed by the keyboard)</translation>
        </message>
        <message>
            <source>A damaged pack code: {error}</source>
            <translation>A damaged pack code: {error}</translation>
        </message>
        <message>
            <source>Pack code: product {product}, batch {batch}, serial {serial}</source>
            <translation>Pack code: product {product}, batch {batch}, serial {serial}</translation>
        </message>
        <message>
            <source>Not a pack code.</source>
            <translation>Not a pack code.</translation>
        </message>
        <message>
            <source>Set the scanner's keyboard layout to this computer's (or connect it to a serial port).</source>
            <translation>Set the scanner's keyboard layout to this computer's (or connect it to a serial port).</translation>
        </message>
        <message>
            <source>Keyboard layout ok: the code came through exactly as printed.</source>
            <translation>Keyboard layout ok: the code came through exactly as printed.</translation>
        </message>
        <message>
            <source>Y and Z are swapped as on a German keyboard. {fix}</source>
            <translation>Y and Z are swapped as on a German keyboard. {fix}</translation>
        </message>
        <message>
            <source>A/Q and Z/W are swapped as on a French keyboard. {fix}</source>
            <translation>A/Q and Z/W are swapped as on a French keyboard. {fix}</translation>
        </message>
        <message>
            <source>The scan differs from the printed code ({details}). {fix}</source>
            <translation>The scan differs from the printed code ({details}). {fix}</translation>
        </message>
    </context>
    <context>
        <name>SettingChoices</name>
        <message>
            <source>A reason and a second person's signature</source>
            <translation>A reason and a second person's signature</translation>
        </message>
        <message>
            <source>A reason only</source>
            <translation>A reason only</translation>
        </message>
        <message>
            <source>No dose until a clinic lead has reviewed the patient</source>
            <translation>No dose until a clinic lead has reviewed the patient</translation>
        </message>
        <message>
            <source>Each dose capped at a share of the last dose before the break</source>
            <translation>Each dose capped at a share of the last dose before the break</translation>
        </message>
        <message>
            <source>After the days set above</source>
            <translation>After the days set above</translation>
        </message>
        <message>
            <source>Not before a clinic lead records a review</source>
            <translation>Not before a clinic lead records a review</translation>
        </message>
        <message>
            <source>Reduce the dose</source>
            <translation>Reduce the dose</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>No dose now</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Not allowed</translation>
        </message>
        <message>
            <source>Allowed with a second person's approval</source>
            <translation>Allowed with a second person's approval</translation>
        </message>
        <message>
            <source>Dose with a second person's approval</source>
            <translation>Dose with a second person's approval</translation>
        </message>
        <message>
            <source>No dose: only the home station doses</source>
            <translation>No dose: only the home station doses</translation>
        </message>
        <message>
            <source>Warn the nurse; weighings are accepted</source>
            <translation>Warn the nurse; weighings are accepted</translation>
        </message>
        <message>
            <source>No weighing is accepted until the scale passes a check</source>
            <translation>No weighing is accepted until the scale passes a check</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The language is a setting of this station: a technician, a clinic lead or an administrator, signed in, changes it.</source>
            <translation>The language is a setting of this station: a technician, a clinic lead or an administrator, signed in, changes it.</translation>
        </message>
        <message>
            <source>Lock the screen &amp;after (minutes)</source>
            <translation>Lock the screen &amp;after (minutes)</translation>
        </message>
        <message>
            <source>Lock the screen after this many minutes</source>
            <translation>Lock the screen after this many minutes</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Observation after injection</source>
            <translation>Observation after injection</translation>
        </message>
        <message>
            <source>%1 min; %2 min when venous access failed</source>
            <translation>%1 min; %2 min when venous access failed</translation>
        </message>
        <message>
            <source>Observation after injection: %1</source>
            <translation>Observation after injection: %1</translation>
        </message>
        <message>
            <source>The observation time is one of the clinic's rules: a clinic lead sets it for all stations. It cannot be changed here.</source>
            <translation>The observation time is one of the clinic's rules: a clinic lead sets it for all stations. It cannot be changed here.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Station behaviour</source>
            <translation>Station behaviour</translation>
        </message>
        <message>
            <source>Clinic rules (clinic lead only, for every station)</source>
            <translation>Clinic rules (clinic lead only, for every station)</translation>
        </message>
        <message>
            <source>Clinic rules</source>
            <translation>Clinic rules</translation>
        </message>
        <message>
            <source>The clinic's rules: only a clinic lead changes them. A change applies to the next decision at this station and reaches the other stations when they sync.</source>
            <translation>The clinic's rules: only a clinic lead changes them. A change applies to the next decision at this station and reaches the other stations when they sync.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Save the settings</translation>
        </message>
        <message>
            <source>Settings message</source>
            <translation>Settings message</translation>
        </message>
        <message>
            <source>Changed {when} by {who}.</source>
            <translation>Changed {when} by {who}.</translation>
        </message>
        <message>
            <source>Built-in value, not changed.</source>
            <translation>Built-in value, not changed.</translation>
        </message>
        <message>
            <source>{meaning} Only a clinic lead may change this.</source>
            <translation>{meaning} Only a clinic lead may change this.</translation>
        </message>
        <message>
            <source>{meaning} Only {roles} may change this.</source>
            <translation>{meaning} Only {roles} may change this.</translation>
        </message>
        <message>
            <source>unit: {unit}</source>
            <translation>unit: {unit}</translation>
        </message>
        <message>
            <source>The saved value cannot be used ({problem}). Saving sets the value shown.</source>
            <translation>The saved value cannot be used ({problem}). Saving sets the value shown.</translation>
        </message>
        <message>
            <source>The settings could not be read: {reason}</source>
            <translation>The settings could not be read: {reason}</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) saved.</source>
            <translation>
                <numerusform>%n setting saved.</numerusform>
                <numerusform>%n settings saved.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off by a second person</source>
            <translation>Sign-off by a second person</translation>
        </message>
        <message>
            <source>User name of the person signing off</source>
            <translation>User name of the person signing off</translation>
        </message>
        <message>
            <source>Password of the person signing off</source>
            <translation>Password of the person signing off</translation>
        </message>
        <message>
            <source>Sign-off message</source>
            <translation>Sign-off message</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Sign off</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the sign-off</source>
            <translation>Cancel the sign-off</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>Enter the user name and the password.</source>
            <translation>Enter the user name and the password.</translation>
        </message>
    </context>
    <context>
        <name>SimulatorPanel</name>
        <message>
            <source>Put %1 g on the scale</source>
            <translation>Put %1 g on the scale</translation>
        </message>
        <message>
            <source>Type a mass in grams, e.g. 21.98.</source>
            <translation>Type a mass in grams, e.g. 21.98.</translation>
        </message>
        <message>
            <source>Type what the code says, or choose a card.</source>
            <translation>Type what the code says, or choose a card.</translation>
        </message>
        <message>
            <source>Scale: %1 g placed on the pan.</source>
            <translation>Scale: %1 g placed on the pan.</translation>
        </message>
        <message>
            <source>Scale: the pan is empty.</source>
            <translation>Scale: the pan is empty.</translation>
        </message>
        <message>
            <source>Scale: unsteady (draught), it will not settle.</source>
            <translation>Scale: unsteady (draught), it will not settle.</translation>
        </message>
        <message>
            <source>Scale: steady again.</source>
            <translation>Scale: steady again.</translation>
        </message>
        <message>
            <source>Scale: cable pulled.</source>
            <translation>Scale: cable pulled.</translation>
        </message>
        <message>
            <source>Scale: cable put back.</source>
            <translation>Scale: cable put back.</translation>
        </message>
        <message>
            <source>Printer: paper taken out.</source>
            <translation>Printer: paper taken out.</translation>
        </message>
        <message>
            <source>Printer: paper put back.</source>
            <translation>Printer: paper put back.</translation>
        </message>
        <message>
            <source>Printer: head opened.</source>
            <translation>Printer: head opened.</translation>
        </message>
        <message>
            <source>Printer: head closed.</source>
            <translation>Printer: head closed.</translation>
        </message>
        <message>
            <source>Printer: paused.</source>
            <translation>Printer: paused.</translation>
        </message>
        <message>
            <source>Printer: running again.</source>
            <translation>Printer: running again.</translation>
        </message>
        <message>
            <source>Printer: silent (does not answer).</source>
            <translation>Printer: silent (does not answer).</translation>
        </message>
        <message>
            <source>Printer: answers again.</source>
            <translation>Printer: answers again.</translation>
        </message>
        <message>
            <source>Scanner: code sent.</source>
            <translation>Scanner: code sent.</translation>
        </message>
        <message>
            <source>Put the scale's cable back</source>
            <translation>Put the scale's cable back</translation>
        </message>
        <message>
            <source>Pull the scale's cable</source>
            <translation>Pull the scale's cable</translation>
        </message>
        <message>
            <source>Mass on the pan (g)</source>
            <translation>Mass on the pan (g)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Remove the syringe</source>
            <translation>Remove the syringe</translation>
        </message>
        <message>
            <source>Unsteady (draught)</source>
            <translation>Unsteady (draught)</translation>
        </message>
        <message>
            <source>Paper out</source>
            <translation>Paper out</translation>
        </message>
        <message>
            <source>Head open</source>
            <translation>Head open</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Silent (does not answer)</source>
            <translation>Silent (does not answer)</translation>
        </message>
        <message>
            <source>Demo card</source>
            <translation>Demo card</translation>
        </message>
        <message>
            <source>Scan card</source>
            <translation>Scan card</translation>
        </message>
        <message>
            <source>Code text</source>
            <translation>Code text</translation>
        </message>
        <message>
            <source>Scan text</source>
            <translation>Scan text</translation>
        </message>
        <message>
            <source>Device simulator</source>
            <translation>Device simulator</translation>
        </message>
        <message>
            <source>Scale (simulated)</source>
            <translation>Scale (simulated)</translation>
        </message>
        <message>
            <source>Mass to place on the scale, in grams</source>
            <translation>Mass to place on the scale, in grams</translation>
        </message>
        <message>
            <source>e.g. 21.98</source>
            <translation>e.g. 21.98</translation>
        </message>
        <message>
            <source>Place this mass on the scale</source>
            <translation>Place this mass on the scale</translation>
        </message>
        <message>
            <source>Remove everything from the scale</source>
            <translation>Remove everything from the scale</translation>
        </message>
        <message>
            <source>Make the scale unsteady</source>
            <translation>Make the scale unsteady</translation>
        </message>
        <message>
            <source>Label printer (simulated)</source>
            <translation>Label printer (simulated)</translation>
        </message>
        <message>
            <source>Printer fault: %1</source>
            <translation>Printer fault: %1</translation>
        </message>
        <message>
            <source>Card scanner (simulated)</source>
            <translation>Card scanner (simulated)</translation>
        </message>
        <message>
            <source>Demo card to scan</source>
            <translation>Demo card to scan</translation>
        </message>
        <message>
            <source>Scan the chosen demo card</source>
            <translation>Scan the chosen demo card</translation>
        </message>
        <message>
            <source>Text of a code to scan</source>
            <translation>Text of a code to scan</translation>
        </message>
        <message>
            <source>Scan the typed text</source>
            <translation>Scan the typed text</translation>
        </message>
        <message>
            <source>Simulator messages</source>
            <translation>Simulator messages</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Station message</source>
            <translation>Station message</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Signed-in user</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <source>Scale state</source>
            <translation>Scale state</translation>
        </message>
        <message>
            <source>Printer state</source>
            <translation>Printer state</translation>
        </message>
        <message>
            <source>Scanner state</source>
            <translation>Scanner state</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>No central server is connected: working offline.</source>
            <translation>No central server is connected: working offline.</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>busy</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>connecting</translation>
        </message>
        <message>
            <source>fault</source>
            <translation>fault</translation>
        </message>
        <message>
            <source>not configured</source>
            <translation>not configured</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Scale reference check</source>
            <translation>Scale reference check</translation>
        </message>
        <message>
            <source>Opening the station…</source>
            <translation>Opening the station…</translation>
        </message>
        <message>
            <source>{device}: {state}</source>
            <translation>{device}: {state}</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Signed in: {name}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>Sync: {state}</translation>
        </message>
        <message>
            <source>Scale check due</source>
            <translation>Scale check due</translation>
        </message>
    </context>
    <context>
        <name>StationWindow</name>
        <message>
            <source>Dosing station — {name}</source>
            <translation>Dosing station — {name}</translation>
        </message>
        <message>
            <source> (DEMO: fictional data)</source>
            <translation> (DEMO: fictional data)</translation>
        </message>
        <message>
            <source>Dosing station</source>
            <translation>Dosing station</translation>
        </message>
        <message>
            <source>Sign in to start.</source>
            <translation>Sign in to start.</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Locked.</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>&amp;Switch user</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>S&amp;ettings…</translation>
        </message>
        <message>
            <source>Clinic lead: patient &amp;flags…</source>
            <translation>Clinic lead: patient &amp;flags…</translation>
        </message>
        <message>
            <source>&amp;Void a dose entered in error…</source>
            <translation>&amp;Void a dose entered in error…</translation>
        </message>
        <message>
            <source>Clinic &amp;rules…</source>
            <translation>Clinic &amp;rules…</translation>
        </message>
        <message>
            <source>&amp;Prescriber's workspace…</source>
            <translation>&amp;Prescriber's workspace…</translation>
        </message>
        <message>
            <source>Register a &amp;new patient…</source>
            <translation>Register a &amp;new patient…</translation>
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation>&amp;Incidents…</translation>
        </message>
        <message>
            <source>Issue &amp;card…</source>
            <translation>Issue &amp;card…</translation>
        </message>
        <message>
            <source>&amp;Absent patients…</source>
            <translation>&amp;Absent patients…</translation>
        </message>
        <message>
            <source>Card {clinic_id}</source>
            <translation>Card {clinic_id}</translation>
        </message>
        <message>
            <source>empty syringe</source>
            <translation>empty syringe</translation>
        </message>
        <message>
            <source>filled, {mg} mg</source>
            <translation>filled, {mg} mg</translation>
        </message>
        <message>
            <source>Demo: simulated devices</source>
            <translation>Demo: simulated devices</translation>
        </message>
        <message>
            <source>Show the &amp;device simulators</source>
            <translation>Show the &amp;device simulators</translation>
        </message>
        <message>
            <source>Switch user: the next person signs in.</source>
            <translation>Switch user: the next person signs in.</translation>
        </message>
        <message>
            <source>Locked after {minutes} min without use.</source>
            <translation>Locked after {minutes} min without use.</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>The demo's central server did not start: {error}</source>
            <translation>The demo's central server did not start: {error}</translation>
        </message>
        <message>
            <source>Sign in first, then scan the card.</source>
            <translation>Sign in first, then scan the card.</translation>
        </message>
        <message>
            <source>The new language is used when this visit ends.</source>
            <translation>The new language is used when this visit ends.</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock over time</source>
            <translation>Stock over time</translation>
        </message>
        <message>
            <source>{title}: {count} entries from {start} to {end}; lowest {low} mg, highest {high} mg, now {last} mg.</source>
            <translation>{title}: {count} entries from {start} to {end}; lowest {low} mg, highest {high} mg, now {last} mg.</translation>
        </message>
        <message>
            <source>{title}: no entries.</source>
            <translation>{title}: no entries.</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>No entries yet.</translation>
        </message>
    </context>
    <context>
        <name>SyncLink</name>
        <message>
            <source>the technician's "Central server" tab, "Clinic CA file (PEM)"</source>
            <translation>the technician's "Central server" tab, "Clinic CA file (PEM)"</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>Not enrolled with a central server: this station works alone.</source>
            <translation>Not enrolled with a central server: this station works alone.</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline since {time}</source>
            <translation>offline since {time}</translation>
        </message>
        <message>
            <source>, {n} queued</source>
            <translation>, {n} queued</translation>
        </message>
        <message>
            <source>, last sync {time}</source>
            <translation>, last sync {time}</translation>
        </message>
    </context>
    <context>
        <name>TechnicianWorkspace</name>
        <message>
            <source>Technician</source>
            <translation>Technician</translation>
        </message>
        <message>
            <source>Technician — {name}</source>
            <translation>Technician — {name}</translation>
        </message>
        <message>
            <source>Technician tasks</source>
            <translation>Technician tasks</translation>
        </message>
        <message>
            <source>&amp;1 Devices</source>
            <translation>&amp;1 Devices</translation>
        </message>
        <message>
            <source>&amp;2 Station settings</source>
            <translation>&amp;2 Station settings</translation>
        </message>
        <message>
            <source>&amp;3 Central server</source>
            <translation>&amp;3 Central server</translation>
        </message>
        <message>
            <source>&amp;4 Diagnostics</source>
            <translation>&amp;4 Diagnostics</translation>
        </message>
    </context>
    <context>
        <name>VisitView</name>
        <message>
            <source>Identify</source>
            <translation>Identify</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>Assess</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Prepare</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Administer</source>
            <translation>Administer</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Observe</translation>
        </message>
        <message>
            <source>Visit steps</source>
            <translation>Visit steps</translation>
        </message>
        <message>
            <source>Visit message</source>
            <translation>Visit message</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Current step</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>{mg} recorded. Observation in {booth} until {end}: see the observation board.</source>
            <translation>{mg} recorded. Observation in {booth} until {end}: see the observation board.</translation>
        </message>
        <message>
            <source>A card was scanned during a visit: finish or end this visit first.</source>
            <translation>A card was scanned during a visit: finish or end this visit first.</translation>
        </message>
    </context>
    <context>
        <name>VitalsNoteDialog</name>
        <message>
            <source>Note and vital signs: %1</source>
            <translation>Note and vital signs: %1</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Pulse (/min)</source>
            <translation>&amp;Pulse (/min)</translation>
        </message>
        <message>
            <source>&amp;Breathing (/min)</source>
            <translation>&amp;Breathing (/min)</translation>
        </message>
        <message>
            <source>&amp;Oxygen saturation (%)</source>
            <translation>&amp;Oxygen saturation (%)</translation>
        </message>
        <message>
            <source>Blood pr&amp;essure (mmHg)</source>
            <translation>Blood pr&amp;essure (mmHg)</translation>
        </message>
        <message>
            <source>&amp;Sedation score</source>
            <translation>&amp;Sedation score</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>not measured</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Pulse per minute</source>
            <translation>Pulse per minute</translation>
        </message>
        <message>
            <source>Breaths per minute</source>
            <translation>Breaths per minute</translation>
        </message>
        <message>
            <source>Oxygen saturation in percent</source>
            <translation>Oxygen saturation in percent</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Blood pressure</translation>
        </message>
        <message>
            <source>e.g. 120/80</source>
            <translation>e.g. 120/80</translation>
        </message>
        <message>
            <source>Sedation score</source>
            <translation>Sedation score</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>What is missing</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>not assessed</translation>
        </message>
        <message>
            <source>0 – awake and alert</source>
            <translation>0 – awake and alert</translation>
        </message>
        <message>
            <source>1 – drowsy, easy to rouse</source>
            <translation>1 – drowsy, easy to rouse</translation>
        </message>
        <message>
            <source>2 – very drowsy, rousable by voice</source>
            <translation>2 – very drowsy, rousable by voice</translation>
        </message>
        <message>
            <source>3 – hard to rouse: act now</source>
            <translation>3 – hard to rouse: act now</translation>
        </message>
        <message>
            <source>Enter the blood pressure as two numbers, e.g. 120/80.</source>
            <translation>Enter the blood pressure as two numbers, e.g. 120/80.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Write a note or enter a vital sign.</translation>
        </message>
    </context>
    <context>
        <name>WitnessDialog</name>
        <message>
            <source>Second person</source>
            <translation>Second person</translation>
        </message>
        <message>
            <source>Witness: second person's sign-in</source>
            <translation>Witness: second person's sign-in</translation>
        </message>
        <message>
            <source>What is witnessed</source>
            <translation>What is witnessed</translation>
        </message>
        <message>
            <source>Only these roles can confirm: {roles}.</source>
            <translation>Only these roles can confirm: {roles}.</translation>
        </message>
        <message>
            <source>Any other staff member can confirm.</source>
            <translation>Any other staff member can confirm.</translation>
        </message>
        <message>
            <source>Who may confirm</source>
            <translation>Who may confirm</translation>
        </message>
        <message>
            <source>Witness user name</source>
            <translation>Witness user name</translation>
        </message>
        <message>
            <source>Witness password</source>
            <translation>Witness password</translation>
        </message>
        <message>
            <source>Witness message</source>
            <translation>Witness message</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirm</translation>
        </message>
        <message>
            <source>Confirm as witness</source>
            <translation>Confirm as witness</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel witness</source>
            <translation>Cancel witness</translation>
        </message>
        <message>
            <source>Witness &amp;user name</source>
            <translation>Witness &amp;user name</translation>
        </message>
        <message>
            <source>Witness &amp;password</source>
            <translation>Witness &amp;password</translation>
        </message>
        <message>
            <source>The witness enters their user name and password.</source>
            <translation>The witness enters their user name and password.</translation>
        </message>
        <message>
            <source>{name} cannot confirm this: {who}</source>
            <translation>{name} cannot confirm this: {who}</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>The visit goes on where it was.</source>
            <translation>The visit goes on where it was.</translation>
        </message>
    </context>
</TS>
