<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>not configured</source>
            <translation>nicht eingerichtet</translation>
        </message>
        <message>
            <source>The scale is not connected: check its cable and power. The station reconnects by itself when the scale is back; no weight is accepted until then.</source>
            <translation>Die Waage ist nicht verbunden: Prüfen Sie Kabel und Stromversorgung. Die Station verbindet sich von selbst wieder, sobald die Waage zurück ist; bis dahin wird kein Gewicht angenommen.</translation>
        </message>
        <message>
            <source>The scale's port is used by another program: close it, then try again.</source>
            <translation>Der Anschluss der Waage wird von einem anderen Programm benutzt: Schließen Sie es und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The scale does not answer: check that it is switched on, its cable, and its baud rate and protocol.</source>
            <translation>Die Waage antwortet nicht: Prüfen Sie, ob sie eingeschaltet ist, ihr Kabel sowie Baudrate und Protokoll.</translation>
        </message>
        <message>
            <source>The scale answers, but its weight did not settle in time: shield it from draughts and vibration, keep hands off the pan, then try again.</source>
            <translation>Die Waage antwortet, aber das Gewicht wurde nicht rechtzeitig stabil: Schützen Sie sie vor Luftzug und Erschütterungen, nehmen Sie die Hände von der Waagschale und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Scale: {error}</source>
            <translation>Waage: {error}</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing: no weighing is accepted until the technician checks it.</source>
            <translation>Die Prüfung der Waage mit dem Referenzgewicht ist überfällig, fehlgeschlagen oder fehlt: Bis die Technik sie prüft, wird keine Wägung angenommen.</translation>
        </message>
        <message>
            <source>The scale failed its last reference-weight check: call the technician before weighing doses.</source>
            <translation>Die Waage hat ihre letzte Prüfung mit dem Referenzgewicht nicht bestanden: Rufen Sie die Technik, bevor Dosen gewogen werden.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue or missing: ask the technician to check it with the reference weight.</source>
            <translation>Die Prüfung der Waage mit dem Referenzgewicht ist überfällig oder fehlt: Bitten Sie die Technik, sie mit dem Referenzgewicht zu prüfen.</translation>
        </message>
        <message>
            <source>Paper is out: load a new roll of labels</source>
            <translation>Papier leer: neue Etikettenrolle einlegen</translation>
        </message>
        <message>
            <source>The print head is open: close it until it clicks</source>
            <translation>Der Druckkopf ist offen: schließen, bis er einrastet</translation>
        </message>
        <message>
            <source>The printer is paused: press its pause button</source>
            <translation>Der Drucker ist angehalten: Pause-Taste drücken</translation>
        </message>
        <message>
            <source>The ribbon is out: load a new ribbon</source>
            <translation>Das Farbband ist leer: neues Farbband einlegen</translation>
        </message>
        <message>
            <source>The printer is busy: wait a moment</source>
            <translation>Der Drucker ist beschäftigt: einen Moment warten</translation>
        </message>
        <message>
            <source>The print head is too cold: wait for it to warm up</source>
            <translation>Der Druckkopf ist zu kalt: warten, bis er warm ist</translation>
        </message>
        <message>
            <source>The print head is too hot: let it cool down</source>
            <translation>Der Druckkopf ist zu heiß: abkühlen lassen</translation>
        </message>
        <message>
            <source>the label may be incomplete: print it again</source>
            <translation>das Etikett ist vielleicht unvollständig: erneut drucken</translation>
        </message>
        <message>
            <source>The printer does not answer. Check that it is switched on, that labels are loaded and that the print head is closed (the printer stays silent while paper is out or the head is open), then press Print again.</source>
            <translation>Der Drucker antwortet nicht. Prüfen Sie, ob er eingeschaltet ist, Etiketten eingelegt sind und der Druckkopf geschlossen ist (der Drucker schweigt, solange das Papier leer oder der Kopf offen ist), und drücken Sie dann erneut auf Drucken.</translation>
        </message>
        <message>
            <source>The printer is not connected: check its cable and power, then print again.</source>
            <translation>Der Drucker ist nicht verbunden: Prüfen Sie Kabel und Stromversorgung und drucken Sie dann erneut.</translation>
        </message>
        <message>
            <source>The printer's port is used by another program: close it, then print again.</source>
            <translation>Der Anschluss des Druckers wird von einem anderen Programm benutzt: Schließen Sie es und drucken Sie dann erneut.</translation>
        </message>
        <message>
            <source>Printer: {error}</source>
            <translation>Drucker: {error}</translation>
        </message>
        <message>
            <source>no scale configured</source>
            <translation>keine Waage eingerichtet</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>verbindet…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>ready (reconnected)</source>
            <translation>bereit (wieder verbunden)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Keine Waage verbunden.</translation>
        </message>
        <message>
            <source>no printer configured</source>
            <translation>kein Drucker eingerichtet</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Kein Drucker verbunden.</translation>
        </message>
        <message>
            <source>printing…</source>
            <translation>druckt…</translation>
        </message>
        <message>
            <source>keyboard scanner only</source>
            <translation>nur Tastatur-Scanner</translation>
        </message>
        <message>
            <source>The scanner is not connected: check its cable (keyboard input still works).</source>
            <translation>Der Scanner ist nicht verbunden: Prüfen Sie sein Kabel (die Tastatureingabe funktioniert weiterhin).</translation>
        </message>
        <message>
            <source>Scanner: {error}</source>
            <translation>Scanner: {error}</translation>
        </message>
        <message>
            <source>Dose allowed</source>
            <translation>Dosis erlaubt</translation>
        </message>
        <message>
            <source>Allowed with a warning: read it and acknowledge</source>
            <translation>Mit Warnung erlaubt: lesen und bestätigen</translation>
        </message>
        <message>
            <source>A second staff member must approve, with a reason</source>
            <translation>Eine zweite Fachperson muss mit Begründung zustimmen</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Jetzt keine Dosis</translation>
        </message>
        <message>
            <source>Only a clinic lead can lift this (outside the visit).</source>
            <translation>Nur die Klinikleitung kann dies aufheben (außerhalb des Besuchs).</translation>
        </message>
        <message>
            <source>Nobody can override this at the counter.</source>
            <translation>An der Ausgabe kann das niemand übersteuern.</translation>
        </message>
        <message>
            <source>A clinic lead must approve.</source>
            <translation>Die Klinikleitung muss zustimmen.</translation>
        </message>
        <message>
            <source>A second nurse or a clinic lead can approve.</source>
            <translation>Eine zweite Pflegefachperson oder die Klinikleitung kann zustimmen.</translation>
        </message>
        <message>
            <source>choose the sedation score…</source>
            <translation>Sedierungsgrad wählen…</translation>
        </message>
        <message>
            <source>called</source>
            <translation>angerufen</translation>
        </message>
        <message>
            <source>visited</source>
            <translation>besucht</translation>
        </message>
        <message>
            <source>message left</source>
            <translation>Nachricht hinterlassen</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>geklärt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>As many missed days as the rules warn at: the next dose needs a comment.</source>
            <translation>So viele versäumte Tage, wie die Regeln als Warnschwelle setzen: Die nächste Dosis braucht einen Kommentar.</translation>
        </message>
        <message>
            <source>at the window</source>
            <translation>am Schalter</translation>
        </message>
        <message>
            <source>not due until {time}</source>
            <translation>nicht fällig vor {time}</translation>
        </message>
        <message>
            <source>called at {time}</source>
            <translation>aufgerufen um {time}</translation>
        </message>
        <message>
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Sign in to check and discharge.</source>
            <translation>Melden Sie sich an, um zu prüfen und zu entlassen.</translation>
        </message>
        <message>
            <source>The observation board could not be read.</source>
            <translation>Die Beobachtungstafel konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Not discharged after the time was up: %1. Check these patients now.</source>
            <translation>Nach Ablauf der Zeit nicht entlassen: %1. Prüfen Sie diese Patienten jetzt.</translation>
        </message>
        <message>
            <source>Observation time is up: %1.</source>
            <translation>Beobachtungszeit abgelaufen: %1.</translation>
        </message>
        <message>
            <source>No one is under observation.</source>
            <translation>Niemand ist unter Beobachtung.</translation>
        </message>
        <message numerus="yes">
            <source>Observation board (%n patient(s))</source>
            <translation>
                <numerusform>Beobachtungstafel (%n Patient)</numerusform>
                <numerusform>Beobachtungstafel (%n Patienten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Observation board</source>
            <translation>Beobachtungstafel</translation>
        </message>
        <message>
            <source>Patients under observation</source>
            <translation>Patienten unter Beobachtung</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Gesperrt.</translation>
        </message>
    </context>
    <context>
        <name>AbsentDialog</name>
        <message>
            <source>Absent patients</source>
            <translation>Abwesende Patienten</translation>
        </message>
        <message>
            <source>Away for at least this many days</source>
            <translation>Seit mindestens so vielen Tagen abwesend</translation>
        </message>
        <message>
            <source>Contact log of the chosen patient</source>
            <translation>Kontaktprotokoll des gewählten Patienten</translation>
        </message>
        <message>
            <source>How the patient was contacted</source>
            <translation>Wie der Patient kontaktiert wurde</translation>
        </message>
        <message>
            <source>Contact note</source>
            <translation>Kontaktnotiz</translation>
        </message>
        <message>
            <source>e.g. no answer, voicemail</source>
            <translation>z. B. keine Antwort, Mailbox</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>Kontakt &amp;erfassen</translation>
        </message>
        <message>
            <source>Log the contact</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <source>Absent patients message</source>
            <translation>Meldung zu abwesenden Patienten</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Schl&amp;ießen</translation>
        </message>
        <message>
            <source>Close the absent patients</source>
            <translation>Abwesende Patienten schließen</translation>
        </message>
        <message>
            <source>Away for at least (&amp;days)</source>
            <translation>Abwesend seit mindestens (&amp;Tagen)</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Kontaktprotokoll</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;Wie</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Wählen Sie zuerst den Patienten in der Liste.</translation>
        </message>
        <message>
            <source>Contact logged.</source>
            <translation>Kontakt erfasst.</translation>
        </message>
    </context>
    <context>
        <name>AbsentModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Letzte Dosis</translation>
        </message>
        <message>
            <source>Days away</source>
            <translation>Tage abwesend</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Versäumte Tage</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
    </context>
    <context>
        <name>AdministerStep</name>
        <message>
            <source>Administer</source>
            <translation>Verabreichung</translation>
        </message>
        <message>
            <source>Administer step</source>
            <translation>Schritt Verabreichung</translation>
        </message>
        <message>
            <source>Prepared dose</source>
            <translation>Vorbereitete Dosis</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Applikationsweg</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Kabine</translation>
        </message>
        <message>
            <source>Booth {n}</source>
            <translation>Kabine {n}</translation>
        </message>
        <message>
            <source>&amp;Full: all of it was injected</source>
            <translation>&amp;Vollständig: alles wurde injiziert</translation>
        </message>
        <message>
            <source>&amp;Partial: some was injected</source>
            <translation>&amp;Teilweise: ein Teil wurde injiziert</translation>
        </message>
        <message>
            <source>Fai&amp;led: nothing or little went in</source>
            <translation>&amp;Misslungen: nichts oder wenig injiziert</translation>
        </message>
        <message>
            <source>Outcome full</source>
            <translation>Ergebnis vollständig</translation>
        </message>
        <message>
            <source>Outcome partial</source>
            <translation>Ergebnis teilweise</translation>
        </message>
        <message>
            <source>Outcome failed</source>
            <translation>Ergebnis misslungen</translation>
        </message>
        <message>
            <source>Milligrams actually injected</source>
            <translation>Tatsächlich injizierte Milligramm</translation>
        </message>
        <message>
            <source>mg injected</source>
            <translation>mg injiziert</translation>
        </message>
        <message>
            <source>Remainder to waste</source>
            <translation>Rest zur Vernichtung</translation>
        </message>
        <message>
            <source>Venous access failed (longer observation)</source>
            <translation>Venöser Zugang misslungen (längere Beobachtung)</translation>
        </message>
        <message>
            <source>Venous access failed</source>
            <translation>Venöser Zugang misslungen</translation>
        </message>
        <message>
            <source>&amp;Record administration</source>
            <translation>Verabreichung e&amp;rfassen</translation>
        </message>
        <message>
            <source>Record administration</source>
            <translation>Verabreichung erfassen</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Besuch be&amp;enden</translation>
        </message>
        <message>
            <source>End visit without a dose</source>
            <translation>Besuch ohne Dosis beenden</translation>
        </message>
        <message>
            <source>Administration message</source>
            <translation>Meldung zur Verabreichung</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>&amp;Booth</source>
            <translation>&amp;Kabine</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Injected (mg)</source>
            <translation>&amp;Injiziert (mg)</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Vernichtung</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>enter the mg injected, 0 if nothing (at most {prepared})</source>
            <translation>injizierte mg eingeben, 0 wenn nichts (höchstens {prepared})</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <source>Adverse event: %1</source>
            <translation>Unerwünschtes Ereignis: %1</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>&amp;Was ist passiert</translation>
        </message>
        <message>
            <source>Nalo&amp;xone</source>
            <translation>Nalo&amp;xon</translation>
        </message>
        <message>
            <source>Naloxone &amp;dose (mg)</source>
            <translation>Naloxon-&amp;Dosis (mg)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Zeit</translation>
        </message>
        <message>
            <source>Choose what happened…</source>
            <translation>Wählen, was passiert ist…</translation>
        </message>
        <message>
            <source>Choose: was naloxone given?</source>
            <translation>Wählen: Wurde Naloxon gegeben?</translation>
        </message>
        <message>
            <source>No naloxone given</source>
            <translation>Kein Naloxon gegeben</translation>
        </message>
        <message>
            <source>Naloxone given (enter the dose)</source>
            <translation>Naloxon gegeben (Dosis eingeben)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was ist passiert</translation>
        </message>
        <message>
            <source>Naloxone given or not</source>
            <translation>Naloxon gegeben oder nicht</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Was fehlt</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>Wählen Sie, was passiert ist.</translation>
        </message>
        <message>
            <source>Say whether naloxone was given.</source>
            <translation>Geben Sie an, ob Naloxon gegeben wurde.</translation>
        </message>
        <message>
            <source>Enter the naloxone dose in mg, or choose 'No naloxone given'.</source>
            <translation>Geben Sie die Naloxon-Dosis in mg ein oder wählen Sie 'Kein Naloxon gegeben'.</translation>
        </message>
        <message>
            <source>Naloxone dose in milligrams</source>
            <translation>Naloxon-Dosis in Milligramm</translation>
        </message>
        <message>
            <source>e.g. 0.4</source>
            <translation>z. B. 0,4</translation>
        </message>
        <message>
            <source>Time of the event</source>
            <translation>Zeitpunkt des Ereignisses</translation>
        </message>
    </context>
    <context>
        <name>AssessStep</name>
        <message>
            <source>Sedation score</source>
            <translation>Sedierungsgrad</translation>
        </message>
        <message>
            <source>Breath alcohol in per mille (optional)</source>
            <translation>Atemalkohol in Promille (optional)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>Assessment notes</source>
            <translation>Notizen zur Beurteilung</translation>
        </message>
        <message>
            <source>notes (optional)</source>
            <translation>Notizen (optional)</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dosis in mg</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Arzneimittel</translation>
        </message>
        <message>
            <source>Record assessment and &amp;check rules</source>
            <translation>Beurteilung erfassen und Regeln &amp;prüfen</translation>
        </message>
        <message>
            <source>Record assessment and check rules</source>
            <translation>Beurteilung erfassen und Regeln prüfen</translation>
        </message>
        <message>
            <source>&amp;Sedation</source>
            <translation>&amp;Sedierung</translation>
        </message>
        <message>
            <source>Breath &amp;alcohol (‰)</source>
            <translation>&amp;Atemalkohol (‰)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <source>&amp;Dose (mg)</source>
            <translation>&amp;Dosis (mg)</translation>
        </message>
        <message>
            <source>The rules' decision</source>
            <translation>Die Entscheidung der Regeln</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Reasons for the decision</source>
            <translation>Gründe für die Entscheidung</translation>
        </message>
        <message>
            <source>Use the dose the rules allow</source>
            <translation>Die von den Regeln erlaubte Dosis verwenden</translation>
        </message>
        <message>
            <source>I have read the warnings</source>
            <translation>Ich habe die Warnungen gelesen</translation>
        </message>
        <message>
            <source>Comment on the warning</source>
            <translation>Kommentar zur Warnung</translation>
        </message>
        <message>
            <source>comment (required)</source>
            <translation>Kommentar (erforderlich)</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Begründung für die Übersteuerung</translation>
        </message>
        <message>
            <source>why the dose should be given</source>
            <translation>warum die Dosis gegeben werden soll</translation>
        </message>
        <message>
            <source>Get a second person's approval</source>
            <translation>Zustimmung einer zweiten Person einholen</translation>
        </message>
        <message>
            <source>Get a second person's appro&amp;val…</source>
            <translation>&amp;Zustimmung einer zweiten Person einholen…</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Zustimmung</translation>
        </message>
        <message>
            <source>Assessment message</source>
            <translation>Meldung zur Beurteilung</translation>
        </message>
        <message>
            <source>Continue to &amp;prepare</source>
            <translation>Weiter zur &amp;Vorbereitung</translation>
        </message>
        <message>
            <source>Continue to prepare</source>
            <translation>Weiter zur Vorbereitung</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Besuch be&amp;enden</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Besuch beenden</translation>
        </message>
        <message>
            <source>Assess the patient</source>
            <translation>Patienten beurteilen</translation>
        </message>
        <message>
            <source>Assessment step</source>
            <translation>Schritt Beurteilung</translation>
        </message>
        <message>
            <source>Choose the sedation score first.</source>
            <translation>Wählen Sie zuerst den Sedierungsgrad.</translation>
        </message>
        <message>
            <source>Breath alcohol must be a number (e.g. 0.2).</source>
            <translation>Der Atemalkohol muss eine Zahl sein (z. B. 0,2).</translation>
        </message>
        <message>
            <source>Use {dose} (the most allowed now)</source>
            <translation>{dose} verwenden (das jetzt erlaubte Maximum)</translation>
        </message>
        <message>
            <source>Write the reason for the override first.</source>
            <translation>Schreiben Sie zuerst die Begründung für die Übersteuerung.</translation>
        </message>
        <message>
            <source>Approve this dose despite: {concerns}</source>
            <translation>Diese Dosis trotz folgender Bedenken freigeben: {concerns}</translation>
        </message>
        <message>
            <source>Approved by {name}: {reason}</source>
            <translation>Freigegeben von {name}: {reason}</translation>
        </message>
        <message>
            <source>Warnings read and acknowledged.</source>
            <translation>Warnungen gelesen und bestätigt.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take the patient's photo</source>
            <translation>Foto des Patienten aufnehmen</translation>
        </message>
        <message>
            <source>Camera message</source>
            <translation>Meldung der Kamera</translation>
        </message>
        <message>
            <source>Camera picture</source>
            <translation>Kamerabild</translation>
        </message>
        <message>
            <source>&amp;Take photo</source>
            <translation>&amp;Foto aufnehmen</translation>
        </message>
        <message>
            <source>Take the photo now</source>
            <translation>Das Foto jetzt aufnehmen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close without a photo</source>
            <translation>Ohne Foto schließen</translation>
        </message>
        <message>
            <source>No camera is connected to this computer.</source>
            <translation>An diesen Computer ist keine Kamera angeschlossen.</translation>
        </message>
        <message>
            <source>The camera is not ready yet: try again.</source>
            <translation>Die Kamera ist noch nicht bereit: Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The camera reported a problem: no photo was taken.</source>
            <translation>Die Kamera hat ein Problem gemeldet: Es wurde kein Foto aufgenommen.</translation>
        </message>
    </context>
    <context>
        <name>CardIssueDialog</name>
        <message>
            <source>Issue a patient's card</source>
            <translation>Patientenkarte ausstellen</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Patienten nach Klinik-ID oder Name suchen</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>Klinik-ID oder Name</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patienten auf der Liste dieser Station</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>Card message</source>
            <translation>Meldung zur Karte</translation>
        </message>
        <message>
            <source>&amp;Issue card…</source>
            <translation>Karte &amp;ausstellen…</translation>
        </message>
        <message>
            <source>Have the server issue the chosen patient's card</source>
            <translation>Die Karte des gewählten Patienten vom Server ausstellen lassen</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Schl&amp;ießen</translation>
        </message>
        <message>
            <source>Close the card screen</source>
            <translation>Kartenansicht schließen</translation>
        </message>
        <message>
            <source>Choose the patient first.</source>
            <translation>Wählen Sie zuerst den Patienten.</translation>
        </message>
        <message>
            <source>Asking the central server for the card…</source>
            <translation>Karte wird beim zentralen Server angefordert…</translation>
        </message>
        <message>
            <source>Card {serial} for {clinic_id} written to {file}: print it, hand it to the patient and delete the file (it carries the patient's name). Their earlier cards stop working at each station once it syncs.</source>
            <translation>Karte {serial} für {clinic_id} in {file} geschrieben: Drucken Sie sie aus, übergeben Sie sie dem Patienten und löschen Sie die Datei (sie enthält den Namen des Patienten). Frühere Karten des Patienten funktionieren an jeder Station nicht mehr, sobald diese synchronisiert.</translation>
        </message>
    </context>
    <context>
        <name>ClinicRulesDialog</name>
        <message>
            <source>Clinic rules and station settings</source>
            <translation>Klinikregeln und Stationseinstellungen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>Einstellungen schließen</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <source>&amp;Start a blind count</source>
            <translation>Blind&amp;zählung starten</translation>
        </message>
        <message>
            <source>Start a count</source>
            <translation>Zählung starten</translation>
        </message>
        <message>
            <source>Count sheet</source>
            <translation>Zählblatt</translation>
        </message>
        <message>
            <source>Record the &amp;count</source>
            <translation>Zählung &amp;erfassen</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>Zählung erfassen</translation>
        </message>
        <message>
            <source>Count result</source>
            <translation>Zählergebnis</translation>
        </message>
        <message>
            <source>Count message</source>
            <translation>Meldung zur Zählung</translation>
        </message>
        <message>
            <source>Open discrepancies</source>
            <translation>Offene Differenzen</translation>
        </message>
        <message>
            <source>Reason for the discrepancy</source>
            <translation>Grund für die Differenz</translation>
        </message>
        <message>
            <source>Sign &amp;off</source>
            <translation>&amp;Abzeichnen</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as the signed-in person</source>
            <translation>Die Differenz als angemeldete Person abzeichnen</translation>
        </message>
        <message>
            <source>Sign off as a second &amp;person…</source>
            <translation>Als zweite &amp;Person abzeichnen…</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as another person</source>
            <translation>Die Differenz als andere Person abzeichnen</translation>
        </message>
        <message>
            <source>Discrepancies waiting for a sign-off</source>
            <translation>Differenzen, die auf Abzeichnung warten</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>Lösung</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>g net (weighed)</source>
            <translation>g netto (gewogen)</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Count what is there and type it in; the book values show afterwards.</source>
            <translation>Zählen Sie den Bestand und tragen Sie ihn ein; die Buchwerte erscheinen danach.</translation>
        </message>
        <message>
            <source>Nothing holds drug on the books: there is nothing to count.</source>
            <translation>Laut Buch enthält nichts Arzneimittel: Es gibt nichts zu zählen.</translation>
        </message>
        <message>
            <source>Type a count for {batch}.</source>
            <translation>Geben Sie eine Zählung für {batch} ein.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>discrepancy</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>stimmt</translation>
        </message>
        <message>
            <source>The count matches the book.</source>
            <translation>Die Zählung stimmt mit dem Buch überein.</translation>
        </message>
        <message>
            <source>Count recorded: no discrepancy.</source>
            <translation>Zählung erfasst: keine Differenz.</translation>
        </message>
        <message numerus="yes">
            <source>%n container(s) differ from the book.</source>
            <translation>
                <numerusform>%n Behälter weicht vom Buch ab.</numerusform>
                <numerusform>%n Behälter weichen vom Buch ab.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count recorded with a discrepancy: give the reason and sign it off.</source>
            <translation>Zählung mit Differenz erfasst: Geben Sie den Grund an und zeichnen Sie sie ab.</translation>
        </message>
        <message>
            <source>Count {id}</source>
            <translation>Zählung {id}</translation>
        </message>
        <message>
            <source>Choose a discrepancy to sign off.</source>
            <translation>Wählen Sie eine Differenz zum Abzeichnen.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Geben Sie den Grund für die Differenz an.</translation>
        </message>
        <message>
            <source>Discrepancy signed off; the book follows the count.</source>
            <translation>Differenz abgezeichnet; das Buch folgt der Zählung.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Abgelehnt: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CounterScreen</name>
        <message>
            <source>Observation board</source>
            <translation>Beobachtungstafel</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. What was already saved is kept; the step you were doing was not saved unless it shows as done. Please tell the technician.</source>
            <translation>Im Programm ist ein Fehler aufgetreten. Bereits Gespeichertes bleibt erhalten; der Schritt, den Sie gerade ausgeführt haben, wurde nicht gespeichert, außer er wird als erledigt angezeigt. Bitte informieren Sie die Technik.</translation>
        </message>
        <message>
            <source>This step failed because of an error in the program; it was not saved. Try again, or tell the technician.</source>
            <translation>Dieser Schritt ist wegen eines Programmfehlers fehlgeschlagen; er wurde nicht gespeichert. Versuchen Sie es erneut oder informieren Sie die Technik.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>The bundle holds versions, settings, calibrations, event counts, logs and the device traffic of the raw monitors (scans and label fields only as their length and a hash). Names, clinic ids and birth dates are removed from every file.</source>
            <translation>Das Paket enthält Versionen, Einstellungen, Kalibrierungen, Ereigniszahlen, Protokolle und den Geräteverkehr der Rohmonitore (Scans und Etikettfelder nur als Länge und Hash). Namen, Klinik-IDs und Geburtsdaten werden aus jeder Datei entfernt.</translation>
        </message>
        <message>
            <source>What the bundle holds</source>
            <translation>Was das Paket enthält</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics bundle…</source>
            <translation>&amp;Diagnosepaket speichern…</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle</source>
            <translation>Das Diagnosepaket speichern</translation>
        </message>
        <message>
            <source>Diagnostics message</source>
            <translation>Meldung zur Diagnose</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip-Dateien (*.zip)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben…</translation>
        </message>
        <message>
            <source>Diagnostics bundle saved: {file}</source>
            <translation>Diagnosepaket gespeichert: {file}</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <source>Discharge: %1</source>
            <translation>Entlassen: %1</translation>
        </message>
        <message>
            <source>The observation time is not over yet (%1 left). A discharge now needs a reason.</source>
            <translation>Die Beobachtungszeit ist noch nicht vorbei (noch %1). Eine Entlassung jetzt braucht eine Begründung.</translation>
        </message>
        <message>
            <source>The observation time is over. Discharge the patient?</source>
            <translation>Die Beobachtungszeit ist vorbei. Patienten entlassen?</translation>
        </message>
        <message>
            <source>&amp;Why does the patient leave early?</source>
            <translation>&amp;Warum geht der Patient früher?</translation>
        </message>
        <message>
            <source>Reason for leaving early</source>
            <translation>Grund für das frühere Gehen</translation>
        </message>
        <message>
            <source>e.g. leaves against advice, signed out</source>
            <translation>z. B. geht gegen ärztlichen Rat, abgemeldet</translation>
        </message>
        <message>
            <source>A second person (nurse or clinic lead) confirms this next.</source>
            <translation>Als Nächstes bestätigt eine zweite Person (Pflegefachperson oder Klinikleitung) dies.</translation>
        </message>
        <message>
            <source>Discharge &amp;note</source>
            <translation>Entlassungs&amp;notiz</translation>
        </message>
        <message>
            <source>Discharge note</source>
            <translation>Entlassungsnotiz</translation>
        </message>
        <message>
            <source>e.g. alert, walking steadily</source>
            <translation>z. B. wach, sicherer Gang</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Was fehlt</translation>
        </message>
        <message>
            <source>&amp;Discharge</source>
            <translation>&amp;Entlassen</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Entlassen</translation>
        </message>
        <message>
            <source>Say why the patient leaves before the time is up.</source>
            <translation>Geben Sie an, warum der Patient vor Ablauf der Zeit geht.</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <source>Dose recorded</source>
            <translation>Dosis erfasst</translation>
        </message>
        <message>
            <source>Observation summary</source>
            <translation>Zusammenfassung der Beobachtung</translation>
        </message>
        <message>
            <source>&amp;Next patient</source>
            <translation>&amp;Nächster Patient</translation>
        </message>
        <message>
            <source>Next patient</source>
            <translation>Nächster Patient</translation>
        </message>
    </context>
    <context>
        <name>DoseActions</name>
        <message>
            <source>Recent doses</source>
            <translation>Letzte Dosen</translation>
        </message>
        <message>
            <source>Recent doses of the chosen patient</source>
            <translation>Letzte Dosen des gewählten Patienten</translation>
        </message>
        <message>
            <source>No dose on record.</source>
            <translation>Keine Dosis erfasst.</translation>
        </message>
        <message>
            <source>No dose on record</source>
            <translation>Keine Dosis erfasst</translation>
        </message>
        <message>
            <source>Reason for voiding the dose or correcting its time</source>
            <translation>Grund für das Stornieren der Dosis oder die Korrektur ihrer Zeit</translation>
        </message>
        <message>
            <source>e.g. recorded for the wrong patient</source>
            <translation>z. B. beim falschen Patienten erfasst</translation>
        </message>
        <message>
            <source>&amp;Void the chosen dose…</source>
            <translation>Gewählte Dosis &amp;stornieren…</translation>
        </message>
        <message>
            <source>Void the chosen dose record</source>
            <translation>Den gewählten Dosiseintrag stornieren</translation>
        </message>
        <message>
            <source>Corrected time of the chosen dose, in the clinic's time zone</source>
            <translation>Korrigierte Zeit der gewählten Dosis, in der Zeitzone der Klinik</translation>
        </message>
        <message>
            <source>&amp;Correct the time</source>
            <translation>Zeit &amp;korrigieren</translation>
        </message>
        <message>
            <source>Correct the chosen dose's time</source>
            <translation>Die Zeit der gewählten Dosis korrigieren</translation>
        </message>
        <message>
            <source>Recent &amp;doses</source>
            <translation>Letzte &amp;Dosen</translation>
        </message>
        <message>
            <source>Re&amp;ason</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>Corrected ti&amp;me (clinic time)</source>
            <translation>Korrigierte &amp;Zeit (Klinikzeit)</translation>
        </message>
        <message>
            <source>{time}  {drug} {mg} ({outcome}), station {station}</source>
            <translation>{time}  {drug} {mg} ({outcome}), Station {station}</translation>
        </message>
        <message>
            <source> — VOIDED</source>
            <translation> — STORNIERT</translation>
        </message>
        <message>
            <source>Choose a patient and one of their doses first.</source>
            <translation>Wählen Sie zuerst einen Patienten und eine seiner Dosen.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Geben Sie an, warum der Dosiseintrag storniert wird.</translation>
        </message>
        <message>
            <source>Confirm that this dose record was entered in error and is voided.</source>
            <translation>Bestätigen Sie, dass dieser Dosiseintrag irrtümlich erfasst wurde und storniert wird.</translation>
        </message>
        <message>
            <source>The dose record is voided; it no longer counts.</source>
            <translation>Der Dosiseintrag ist storniert; er zählt nicht mehr.</translation>
        </message>
        <message>
            <source>The dose's time is corrected to {time}.</source>
            <translation>Die Zeit der Dosis ist auf {time} korrigiert.</translation>
        </message>
    </context>
    <context>
        <name>DoseWords</name>
        <message>
            <source>full</source>
            <translation>vollständig</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>teilweise</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>misslungen</translation>
        </message>
    </context>
    <context>
        <name>EndVisitDialog</name>
        <message>
            <source>The patient left</source>
            <translation>Der Patient ist gegangen</translation>
        </message>
        <message>
            <source>The patient declined the dose</source>
            <translation>Der Patient hat die Dosis abgelehnt</translation>
        </message>
        <message>
            <source>Not fit for a dose now (intoxicated, unwell)</source>
            <translation>Jetzt nicht dosierfähig (intoxikiert, unwohl)</translation>
        </message>
        <message>
            <source>The rules allow no dose now</source>
            <translation>Die Regeln erlauben jetzt keine Dosis</translation>
        </message>
        <message>
            <source>A problem with the syringe or the solution</source>
            <translation>Ein Problem mit der Spritze oder der Lösung</translation>
        </message>
        <message>
            <source>Another reason (say which)</source>
            <translation>Ein anderer Grund (welcher)</translation>
        </message>
        <message>
            <source>End the visit without a dose</source>
            <translation>Den Besuch ohne Dosis beenden</translation>
        </message>
        <message>
            <source>The patient was assessed. Why is the dose not given?</source>
            <translation>Der Patient wurde beurteilt. Warum wird die Dosis nicht gegeben?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Why the dose is not given</source>
            <translation>Warum die Dosis nicht gegeben wird</translation>
        </message>
        <message>
            <source>choose why…</source>
            <translation>Grund wählen…</translation>
        </message>
        <message>
            <source>More about why</source>
            <translation>Mehr zum Grund</translation>
        </message>
        <message>
            <source>words (required for another)</source>
            <translation>Worte (bei anderem Grund erforderlich)</translation>
        </message>
        <message>
            <source>E&amp;nd the visit</source>
            <translation>Besuch &amp;beenden</translation>
        </message>
        <message>
            <source>End the visit</source>
            <translation>Den Besuch beenden</translation>
        </message>
        <message>
            <source>&amp;Keep the visit</source>
            <translation>Besuch b&amp;ehalten</translation>
        </message>
        <message>
            <source>Keep the visit</source>
            <translation>Den Besuch behalten</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Warum</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Mehr</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentPage</name>
        <message>
            <source>Enrollment state</source>
            <translation>Stand der Registrierung</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <source>One-time enrollment code</source>
            <translation>Einmaliger Registrierungscode</translation>
        </message>
        <message>
            <source>Clinic CA file (PEM)</source>
            <translation>CA-Datei der Klinik (PEM)</translation>
        </message>
        <message>
            <source>Optional: /path/to/clinic-ca.pem</source>
            <translation>Optional: /pfad/zu/klinik-ca.pem</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>Choose the clinic CA file</source>
            <translation>CA-Datei der Klinik wählen</translation>
        </message>
        <message>
            <source>Only needed when the server's certificate is signed by the clinic's own certificate authority.</source>
            <translation>Nur nötig, wenn das Zertifikat des Servers von der eigenen Zertifizierungsstelle der Klinik signiert ist.</translation>
        </message>
        <message>
            <source>About the clinic CA file</source>
            <translation>Zur CA-Datei der Klinik</translation>
        </message>
        <message>
            <source>&amp;Enroll this station</source>
            <translation>Diese Station &amp;registrieren</translation>
        </message>
        <message>
            <source>Enroll this station</source>
            <translation>Diese Station registrieren</translation>
        </message>
        <message>
            <source>Check and &amp;use this CA file</source>
            <translation>Diese CA-Datei prüfen und &amp;verwenden</translation>
        </message>
        <message>
            <source>Check the server's certificate with this CA file, then use it</source>
            <translation>Das Zertifikat des Servers mit dieser CA-Datei prüfen, dann verwenden</translation>
        </message>
        <message>
            <source>Use the s&amp;ystem's CAs</source>
            <translation>CAs des S&amp;ystems verwenden</translation>
        </message>
        <message>
            <source>Check the server's certificate with the system's CAs again</source>
            <translation>Das Zertifikat des Servers wieder mit den CAs des Systems prüfen</translation>
        </message>
        <message>
            <source>Enrollment message</source>
            <translation>Meldung zur Registrierung</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>Server&amp;adresse</translation>
        </message>
        <message>
            <source>One-time &amp;code</source>
            <translation>Einmal&amp;code</translation>
        </message>
        <message>
            <source>Clinic CA &amp;file (PEM)</source>
            <translation>CA-&amp;Datei der Klinik (PEM)</translation>
        </message>
        <message>
            <source>Clinic CA file</source>
            <translation>CA-Datei der Klinik</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Not enrolled: the station works offline.</source>
            <translation>Nicht registriert: Die Station arbeitet offline.</translation>
        </message>
        <message>
            <source>To change it, give the clinic's new CA file and press "Check and use this CA file": the server's certificate is checked with it first.</source>
            <translation>Um sie zu ändern, geben Sie die neue CA-Datei der Klinik an und drücken Sie "Diese CA-Datei prüfen und verwenden": Das Zertifikat des Servers wird zuerst damit geprüft.</translation>
        </message>
        <message>
            <source>The server is http://: it has no certificate to check.</source>
            <translation>Der Server ist http://: Er hat kein Zertifikat, das geprüft werden kann.</translation>
        </message>
        <message>
            <source>Enrolled with {url} (clinic {clinic}); server key {key} pinned.</source>
            <translation>Registriert bei {url} (Klinik {clinic}); Serverschlüssel {key} fest hinterlegt.</translation>
        </message>
        <message>
            <source>Server certificate checked with {path}.</source>
            <translation>Serverzertifikat mit {path} geprüft.</translation>
        </message>
        <message>
            <source>Give the server's address (http:// or https://) and the one-time code.</source>
            <translation>Geben Sie die Adresse des Servers (http:// oder https://) und den Einmalcode an.</translation>
        </message>
        <message>
            <source>The clinic CA file checks an https:// server: give an https:// address or leave the CA file empty.</source>
            <translation>Die CA-Datei der Klinik prüft einen https://-Server: Geben Sie eine https://-Adresse an oder lassen Sie die CA-Datei leer.</translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Wird registriert…</translation>
        </message>
        <message>
            <source>Give the clinic's CA file (PEM) to check the server's certificate with.</source>
            <translation>Geben Sie die CA-Datei der Klinik (PEM) an, mit der das Zertifikat des Servers geprüft wird.</translation>
        </message>
        <message>
            <source>Checking the server's certificate…</source>
            <translation>Zertifikat des Servers wird geprüft…</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with {path}.</source>
            <translation>Das Zertifikat des Servers wird jetzt mit {path} geprüft.</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with the system's CAs.</source>
            <translation>Das Zertifikat des Servers wird jetzt mit den CAs des Systems geprüft.</translation>
        </message>
        <message>
            <source>Station enrolled.</source>
            <translation>Station registriert.</translation>
        </message>
    </context>
    <context>
        <name>HandoverBox</name>
        <message>
            <source>checking the face</source>
            <translation>Gesichtsabgleich</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>Beurteilung</translation>
        </message>
        <message>
            <source>preparing the syringe</source>
            <translation>Vorbereiten der Spritze</translation>
        </message>
        <message>
            <source>labelling the syringe</source>
            <translation>Etikettieren der Spritze</translation>
        </message>
        <message>
            <source>the syringe is ready to give</source>
            <translation>die Spritze ist bereit zur Gabe</translation>
        </message>
        <message>
            <source>Visit in progress</source>
            <translation>Besuch läuft</translation>
        </message>
        <message>
            <source>Visit in progress by another person</source>
            <translation>Besuch einer anderen Person läuft</translation>
        </message>
        <message>
            <source>Whose visit is in progress</source>
            <translation>Wessen Besuch läuft</translation>
        </message>
        <message>
            <source>&amp;Take over this visit</source>
            <translation>Diesen Besuch &amp;übernehmen</translation>
        </message>
        <message>
            <source>Take over this visit (recorded)</source>
            <translation>Diesen Besuch übernehmen (wird erfasst)</translation>
        </message>
        <message>
            <source>A visit is in progress by {name} since {time} ({step}).</source>
            <translation>{name} führt seit {time} einen Besuch durch ({step}).</translation>
        </message>
        <message numerus="yes">
            <source>%n more open visit(s).</source>
            <translation>
                <numerusform>%n weiterer offener Besuch.</numerusform>
                <numerusform>%n weitere offene Besuche.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdentifyStep</name>
        <message>
            <source>Scan the patient's card (serial scanner or keyboard scanner).</source>
            <translation>Scannen Sie die Karte des Patienten (serieller Scanner oder Tastatur-Scanner).</translation>
        </message>
        <message>
            <source>Scan the card</source>
            <translation>Karte scannen</translation>
        </message>
        <message>
            <source>Identification message</source>
            <translation>Meldung zur Identifikation</translation>
        </message>
        <message>
            <source>Without a card</source>
            <translation>Ohne Karte</translation>
        </message>
        <message>
            <source>Identify without a card</source>
            <translation>Ohne Karte identifizieren</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Search patients</source>
            <translation>Patienten suchen</translation>
        </message>
        <message>
            <source>Matching patients</source>
            <translation>Passende Patienten</translation>
        </message>
        <message>
            <source>Reason for identifying without a card</source>
            <translation>Grund für die Identifikation ohne Karte</translation>
        </message>
        <message>
            <source>e.g. card left at home</source>
            <translation>z. B. Karte zu Hause vergessen</translation>
        </message>
        <message>
            <source>Identify with a &amp;witness…</source>
            <translation>Mit &amp;Zeugen identifizieren…</translation>
        </message>
        <message>
            <source>Identify with a witness</source>
            <translation>Mit Zeugen identifizieren</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Nachname</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Geburtsdatum</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Treffer</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>G&amp;rund</translation>
        </message>
        <message>
            <source>Check the face</source>
            <translation>Gesicht abgleichen</translation>
        </message>
        <message>
            <source>Check the face against the photo</source>
            <translation>Das Gesicht mit dem Foto abgleichen</translation>
        </message>
        <message>
            <source>Does the person in front of you match the photo and birth date?</source>
            <translation>Entspricht die Person vor Ihnen dem Foto und dem Geburtsdatum?</translation>
        </message>
        <message>
            <source>Face check question</source>
            <translation>Frage zum Gesichtsabgleich</translation>
        </message>
        <message>
            <source>&amp;Yes, it is this patient</source>
            <translation>&amp;Ja, es ist dieser Patient</translation>
        </message>
        <message>
            <source>Face matches: continue</source>
            <translation>Gesicht stimmt: weiter</translation>
        </message>
        <message>
            <source>No, stop</source>
            <translation>Nein, abbrechen</translation>
        </message>
        <message>
            <source>Face does not match: stop</source>
            <translation>Gesicht stimmt nicht: abbrechen</translation>
        </message>
        <message>
            <source>Checking the card…</source>
            <translation>Karte wird geprüft…</translation>
        </message>
        <message>
            <source>Identity recorded. Check the face.</source>
            <translation>Identität erfasst. Gleichen Sie das Gesicht ab.</translation>
        </message>
        <message>
            <source>Enter the family name and the birth date.</source>
            <translation>Geben Sie Nachnamen und Geburtsdatum ein.</translation>
        </message>
        <message>
            <source>No patient with this family name and birth date.</source>
            <translation>Kein Patient mit diesem Nachnamen und Geburtsdatum.</translation>
        </message>
        <message>
            <source>Search and choose the patient first.</source>
            <translation>Suchen und wählen Sie zuerst den Patienten.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Geben Sie an, warum der Patient ohne Karte identifiziert wird.</translation>
        </message>
        <message>
            <source>Confirm that the person at the counter is the patient chosen (no card).</source>
            <translation>Bestätigen Sie, dass die Person an der Ausgabe der gewählte Patient ist (ohne Karte).</translation>
        </message>
    </context>
    <context>
        <name>IncidentsDialog</name>
        <message>
            <source>Suspected double dose</source>
            <translation>Verdacht auf Doppeldosis</translation>
        </message>
        <message>
            <source>Daily maximum exceeded across stations</source>
            <translation>Tagesmaximum über Stationen hinweg überschritten</translation>
        </message>
        <message>
            <source>Two histories under one station (fork)</source>
            <translation>Zwei Verläufe unter einer Station (Abspaltung)</translation>
        </message>
        <message>
            <source>Records whose signature does not match</source>
            <translation>Einträge, deren Signatur nicht stimmt</translation>
        </message>
        <message>
            <source>Incidents to review</source>
            <translation>Zu prüfende Vorfälle</translation>
        </message>
        <message>
            <source>Asking the central server…</source>
            <translation>Zentraler Server wird abgefragt…</translation>
        </message>
        <message>
            <source>Server state</source>
            <translation>Serverstatus</translation>
        </message>
        <message>
            <source>Incidents raised by the central server</source>
            <translation>Vom zentralen Server gemeldete Vorfälle</translation>
        </message>
        <message>
            <source>No incident chosen.</source>
            <translation>Kein Vorfall gewählt.</translation>
        </message>
        <message>
            <source>Chosen incident</source>
            <translation>Gewählter Vorfall</translation>
        </message>
        <message>
            <source>Doses involved in the chosen incident</source>
            <translation>Am gewählten Vorfall beteiligte Dosen</translation>
        </message>
        <message>
            <source>How the incident was resolved</source>
            <translation>Wie der Vorfall erledigt wurde</translation>
        </message>
        <message>
            <source>Incidents message</source>
            <translation>Meldung zu Vorfällen</translation>
        </message>
        <message>
            <source>&amp;Fetch again</source>
            <translation>&amp;Erneut abrufen</translation>
        </message>
        <message>
            <source>Fetch the incidents from the server again</source>
            <translation>Die Vorfälle erneut vom Server abrufen</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Schl&amp;ießen</translation>
        </message>
        <message>
            <source>Close the incidents</source>
            <translation>Vorfälle schließen</translation>
        </message>
        <message>
            <source>Resolve the chosen incident</source>
            <translation>Den gewählten Vorfall erledigen</translation>
        </message>
        <message>
            <source>What was found and done</source>
            <translation>Was festgestellt und getan wurde</translation>
        </message>
        <message>
            <source>e.g. both doses confirmed, patient seen</source>
            <translation>z. B. beide Dosen bestätigt, Patient gesehen</translation>
        </message>
        <message>
            <source>Your password, to sign as reviewed</source>
            <translation>Ihr Passwort, um als geprüft zu signieren</translation>
        </message>
        <message>
            <source>&amp;Resolve (sign as reviewed)</source>
            <translation>E&amp;rledigen (als geprüft signieren)</translation>
        </message>
        <message>
            <source>Resolve the chosen incident with your signature</source>
            <translation>Den gewählten Vorfall mit Ihrer Signatur erledigen</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Passwort</translation>
        </message>
        <message>
            <source>&amp;Incidents</source>
            <translation>&amp;Vorfälle</translation>
        </message>
        <message>
            <source>&amp;Doses involved</source>
            <translation>Beteiligte &amp;Dosen</translation>
        </message>
        <message numerus="yes">
            <source>Fetched from the central server at {time}: %n open incident(s).</source>
            <translation>
                <numerusform>Um {time} vom zentralen Server abgerufen: %n offener Vorfall.</numerusform>
                <numerusform>Um {time} vom zentralen Server abgerufen: %n offene Vorfälle.</numerusform>
            </translation>
        </message>
        <message>
            <source>The central server cannot be asked now, and no list was fetched yet.</source>
            <translation>Der zentrale Server ist jetzt nicht erreichbar, und es wurde noch keine Liste abgerufen.</translation>
        </message>
        <message>
            <source>The central server cannot be asked now: this is the list fetched at {time}.</source>
            <translation>Der zentrale Server ist jetzt nicht erreichbar: Dies ist die um {time} abgerufene Liste.</translation>
        </message>
        <message>
            <source>a patient not on this station's roster</source>
            <translation>ein Patient, der nicht auf der Liste dieser Station steht</translation>
        </message>
        <message>
            <source>no patient</source>
            <translation>kein Patient</translation>
        </message>
        <message>
            <source>resolved here, sent with the next sync</source>
            <translation>hier erledigt, wird mit der nächsten Synchronisation gesendet</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>{kind} — {patient} — raised {time} — {status}</source>
            <translation>{kind} — {patient} — gemeldet {time} — {status}</translation>
        </message>
        <message>
            <source>{time}: {mg} mg {drug} at station {station}, given by {by}</source>
            <translation>{time}: {mg} mg {drug} an Station {station}, gegeben von {by}</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(dem Server unbekannt)</translation>
        </message>
        <message>
            <source>Resolved by {name} at {time}: {note}</source>
            <translation>Erledigt von {name} um {time}: {note}</translation>
        </message>
        <message>
            <source>Resolved at this station; the server marks it when the station syncs.</source>
            <translation>An dieser Station erledigt; der Server vermerkt es, wenn die Station synchronisiert.</translation>
        </message>
        <message>
            <source>Open: review the doses and resolve it.</source>
            <translation>Offen: Prüfen Sie die Dosen und erledigen Sie den Vorfall.</translation>
        </message>
        <message>
            <source>Enter your password to sign.</source>
            <translation>Geben Sie Ihr Passwort ein, um zu signieren.</translation>
        </message>
        <message>
            <source>Resolved and signed. The server marks it when this station syncs.</source>
            <translation>Erledigt und signiert. Der Server vermerkt es, wenn diese Station synchronisiert.</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Register a patient</source>
            <translation>Patienten aufnehmen</translation>
        </message>
        <message>
            <source>Registration message</source>
            <translation>Meldung zur Aufnahme</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Vornamen</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>tt.mm.jjjj</translation>
        </message>
        <message>
            <source>Clinic number</source>
            <translation>Kliniknummer</translation>
        </message>
        <message>
            <source>e.g. HAT-0042</source>
            <translation>z. B. HAT-0042</translation>
        </message>
        <message>
            <source>Home station</source>
            <translation>Stammstation</translation>
        </message>
        <message>
            <source>I checked: this is a &amp;different person from the patient(s) on the roster</source>
            <translation>Ich habe geprüft: Dies ist eine &amp;andere Person als der/die Patient(en) auf der Liste</translation>
        </message>
        <message>
            <source>This is a different person</source>
            <translation>Dies ist eine andere Person</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Nachname</translation>
        </message>
        <message>
            <source>&amp;Given names</source>
            <translation>&amp;Vornamen</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Geburtsdatum</translation>
        </message>
        <message>
            <source>&amp;Clinic number</source>
            <translation>&amp;Kliniknummer</translation>
        </message>
        <message>
            <source>&amp;Home station</source>
            <translation>&amp;Stammstation</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>Aufne&amp;hmen</translation>
        </message>
        <message>
            <source>Register the patient</source>
            <translation>Den Patienten aufnehmen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close without registering</source>
            <translation>Ohne Aufnahme schließen</translation>
        </message>
        <message>
            <source>Photo for identification</source>
            <translation>Foto zur Identifikation</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>Noch kein Foto</translation>
        </message>
        <message>
            <source>Photo preview</source>
            <translation>Fotovorschau</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>Aus Datei &amp;importieren…</translation>
        </message>
        <message>
            <source>Import the photo from a file</source>
            <translation>Das Foto aus einer Datei importieren</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>&amp;Foto aufnehmen…</translation>
        </message>
        <message>
            <source>Take the photo</source>
            <translation>Das Foto aufnehmen</translation>
        </message>
        <message>
            <source>No camera support installed: import the photo from a file.</source>
            <translation>Keine Kameraunterstützung installiert: Importieren Sie das Foto aus einer Datei.</translation>
        </message>
        <message>
            <source>Camera unavailable</source>
            <translation>Kamera nicht verfügbar</translation>
        </message>
        <message>
            <source>Import the patient's photo</source>
            <translation>Foto des Patienten importieren</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>Foto wird gelesen…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Photo preview: a photo is chosen</source>
            <translation>Fotovorschau: Ein Foto ist gewählt</translation>
        </message>
        <message>
            <source>Photo ready: it is kept with the registration.</source>
            <translation>Foto bereit: Es wird mit der Aufnahme gespeichert.</translation>
        </message>
        <message>
            <source>Type the birth date as day.month.year, for example 14.07.1981.</source>
            <translation>Geben Sie das Geburtsdatum als Tag.Monat.Jahr ein, zum Beispiel 14.07.1981.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDialog</name>
        <message>
            <source>The station's record was changed</source>
            <translation>Die Aufzeichnung der Station wurde verändert</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Was gefunden wurde</translation>
        </message>
        <message>
            <source>Until the record is rebuilt, this station gives no dose, counts no stock and does not sync.</source>
            <translation>Bis die Aufzeichnung wiederhergestellt ist, gibt diese Station keine Dosis ab, zählt keinen Bestand und synchronisiert nicht.</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Was das bedeutet</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain: what the chain can give back is derived again, and what was set back is listed and recorded.</source>
            <translation>Stellen Sie die Aufzeichnung aus der geprüften Kette wieder her: Was die Kette zurückgeben kann, wird neu abgeleitet, und was zurückgesetzt wurde, wird aufgelistet und erfasst.</translation>
        </message>
        <message>
            <source>Call an administrator: only they can rebuild the record.</source>
            <translation>Rufen Sie eine Administratorin oder einen Administrator: Nur diese können die Aufzeichnung wiederherstellen.</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>What the rebuild set back</source>
            <translation>Was die Wiederherstellung zurückgesetzt hat</translation>
        </message>
        <message>
            <source>Rebuild message</source>
            <translation>Meldung zur Wiederherstellung</translation>
        </message>
        <message>
            <source>&amp;Rebuild the record</source>
            <translation>Aufzeichnung &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain</source>
            <translation>Die Aufzeichnung aus der geprüften Kette wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Rebuilding the record from the verified chain…</source>
            <translation>Aufzeichnung wird aus der geprüften Kette wiederhergestellt…</translation>
        </message>
        <message>
            <source>Nothing to set back.</source>
            <translation>Nichts zurückzusetzen.</translation>
        </message>
        <message>
            <source>The record is rebuilt and sealed again: the station works again.</source>
            <translation>Die Aufzeichnung ist wiederhergestellt und neu versiegelt: Die Station arbeitet wieder.</translation>
        </message>
    </context>
    <context>
        <name>LabelStep</name>
        <message>
            <source>Print the syringe label</source>
            <translation>Spritzenetikett drucken</translation>
        </message>
        <message>
            <source>Label step</source>
            <translation>Schritt Etikett</translation>
        </message>
        <message>
            <source>Label preview</source>
            <translation>Etikettvorschau</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Druckerstatus</translation>
        </message>
        <message>
            <source>&amp;Print label</source>
            <translation>Etikett &amp;drucken</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Das Etikett drucken</translation>
        </message>
        <message>
            <source>Printing message</source>
            <translation>Meldung zum Druck</translation>
        </message>
        <message>
            <source>Continue to &amp;administer</source>
            <translation>Weiter zur &amp;Verabreichung</translation>
        </message>
        <message>
            <source>Continue to administer</source>
            <translation>Weiter zur Verabreichung</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Besuch be&amp;enden</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Besuch beenden</translation>
        </message>
        <message>
            <source>Why the syringe goes without a printed label</source>
            <translation>Warum die Spritze ohne gedrucktes Etikett weitergeht</translation>
        </message>
        <message>
            <source>reason (printer out of order…)</source>
            <translation>Grund (Drucker defekt…)</translation>
        </message>
        <message>
            <source>&amp;Go on without a label…</source>
            <translation>&amp;Ohne Etikett weiter…</translation>
        </message>
        <message>
            <source>Go on without a printed label, with a second person</source>
            <translation>Ohne gedrucktes Etikett weiter, mit einer zweiten Person</translation>
        </message>
        <message>
            <source>Printer: {state} — {message}</source>
            <translation>Drucker: {state} — {message}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Wird gedruckt…</translation>
        </message>
        <message>
            <source>Label printed. Stick it on the syringe.</source>
            <translation>Etikett gedruckt. Kleben Sie es auf die Spritze.</translation>
        </message>
        <message>
            <source>Label printed again ({n} prints, recorded with the dose).</source>
            <translation>Etikett erneut gedruckt ({n} Drucke, mit der Dosis erfasst).</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>Erneut &amp;drucken</translation>
        </message>
        <message>
            <source>Not printed: {why}</source>
            <translation>Nicht gedruckt: {why}</translation>
        </message>
        <message>
            <source>Write why the syringe goes without a label first.</source>
            <translation>Schreiben Sie zuerst, warum die Spritze ohne Etikett weitergeht.</translation>
        </message>
        <message>
            <source>Approve giving this syringe without a printed label.</source>
            <translation>Die Gabe dieser Spritze ohne gedrucktes Etikett freigeben.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>no parity</source>
            <translation>keine Parität</translation>
        </message>
        <message>
            <source>even parity</source>
            <translation>gerade Parität</translation>
        </message>
        <message>
            <source>odd parity</source>
            <translation>ungerade Parität</translation>
        </message>
        <message>
            <source>mark parity</source>
            <translation>Mark-Parität</translation>
        </message>
        <message>
            <source>space parity</source>
            <translation>Space-Parität</translation>
        </message>
        <message>
            <source>stop bits: {bits}</source>
            <translation>Stoppbits: {bits}</translation>
        </message>
        <message>
            <source>no handshake</source>
            <translation>kein Handshake</translation>
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
            <translation>{device} Baudrate</translation>
        </message>
        <message>
            <source>{device} data bits</source>
            <translation>{device} Datenbits</translation>
        </message>
        <message>
            <source>{device} parity</source>
            <translation>{device} Parität</translation>
        </message>
        <message>
            <source>{device} stop bits</source>
            <translation>{device} Stoppbits</translation>
        </message>
        <message>
            <source>{device} handshake</source>
            <translation>{device} Handshake</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>{station}: sign in</source>
            <translation>{station}: anmelden</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Why the screen is locked</source>
            <translation>Warum der Bildschirm gesperrt ist</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>Ihr Benutzername</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>your password</source>
            <translation>Ihr Passwort</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Meldung zur Anmeldung</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Benutzername</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Passwort</translation>
        </message>
        <message>
            <source>Demo mode: fictional staff and patients.</source>
            <translation>Demomodus: fiktives Personal und fiktive Patienten.</translation>
        </message>
        <message>
            <source>Demo users and their passwords</source>
            <translation>Demo-Benutzer und ihre Passwörter</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Select all demo users</source>
            <translation>Alle Demo-Benutzer auswählen</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Geben Sie Benutzername und Passwort ein.</translation>
        </message>
        <message>
            <source>Opening the station… you are signed in once it is open.</source>
            <translation>Station wird geöffnet… Sie sind angemeldet, sobald sie offen ist.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>MessageParts</name>
        <message>
            <source>The dose</source>
            <translation>Die Dosis</translation>
        </message>
        <message>
            <source>The amount given</source>
            <translation>Die gegebene Menge</translation>
        </message>
        <message>
            <source>a patient's identity without a card</source>
            <translation>die Identität eines Patienten ohne Karte</translation>
        </message>
        <message>
            <source>a syringe without a printed label</source>
            <translation>eine Spritze ohne gedrucktes Etikett</translation>
        </message>
        <message>
            <source>a dose override</source>
            <translation>eine Übersteuerung der Dosis</translation>
        </message>
        <message>
            <source>voiding a dose record</source>
            <translation>das Stornieren eines Dosiseintrags</translation>
        </message>
        <message>
            <source>a discharge before the time</source>
            <translation>eine Entlassung vor der Zeit</translation>
        </message>
        <message>
            <source>reconstitution</source>
            <translation>Rekonstitution</translation>
        </message>
        <message>
            <source>destruction</source>
            <translation>Vernichtung</translation>
        </message>
        <message>
            <source>movement</source>
            <translation>Bewegung</translation>
        </message>
        <message>
            <source>nurse</source>
            <translation>Pflegefachperson</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>Apotheker/in</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>Techniker/in</translation>
        </message>
        <message>
            <source>clinic lead</source>
            <translation>Klinikleitung</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>Administrator/in</translation>
        </message>
        <message>
            <source>prescriber</source>
            <translation>verordnende Ärztin/verordnender Arzt</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} oder {second}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The pharmacy workspace is for pharmacists only.</source>
            <translation>Der Apothekenarbeitsplatz ist nur für Apothekerinnen und Apotheker.</translation>
        </message>
        <message>
            <source>This needs the role {roles}; {username} lacks it.</source>
            <translation>Dies erfordert die Rolle {roles}; {username} hat sie nicht.</translation>
        </message>
        <message>
            <source>The technician's workspace is for technicians only.</source>
            <translation>Der Technikarbeitsplatz ist nur für Technikerinnen und Techniker.</translation>
        </message>
        <message>
            <source>An administrator cannot disable their own account.</source>
            <translation>Administratoren können ihr eigenes Konto nicht deaktivieren.</translation>
        </message>
        <message>
            <source>A card issuer's key needs its key id.</source>
            <translation>Der Schlüssel eines Kartenausstellers braucht seine Schlüssel-ID.</translation>
        </message>
        <message>
            <source>This key id is the central server's: its key comes with the enrolment and cannot be replaced here.</source>
            <translation>Diese Schlüssel-ID gehört dem zentralen Server: Sein Schlüssel kommt mit der Registrierung und kann hier nicht ersetzt werden.</translation>
        </message>
        <message>
            <source>Check the rules before giving a dose.</source>
            <translation>Prüfen Sie die Regeln, bevor Sie eine Dosis geben.</translation>
        </message>
        <message>
            <source>Weigh the syringe and accept its weight before it is given.</source>
            <translation>Wiegen Sie die Spritze und übernehmen Sie ihr Gewicht, bevor sie gegeben wird.</translation>
        </message>
        <message>
            <source>The syringe has no printed label: print it, or a second person approves going without one, with a reason.</source>
            <translation>Die Spritze hat kein gedrucktes Etikett: Drucken Sie es, oder eine zweite Person gibt das Weitergehen ohne Etikett mit Begründung frei.</translation>
        </message>
        <message>
            <source>Solution batch {batch} expired at {expired_at}: it may not be used. Prepare the dose from a usable batch.</source>
            <translation>Lösungscharge {batch} ist am {expired_at} abgelaufen: Sie darf nicht verwendet werden. Bereiten Sie die Dosis aus einer verwendbaren Charge vor.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds only {held} mg in the register, less than this syringe's {prepared} mg: it would be overdrawn. Prepare the dose from another batch and tell the pharmacist (a count is due).</source>
            <translation>Lösungscharge {batch} enthält laut BtM-Buch nur {held} mg, weniger als die {prepared} mg dieser Spritze: Sie würde überzogen. Bereiten Sie die Dosis aus einer anderen Charge vor und informieren Sie die Apotheke (eine Zählung ist fällig).</translation>
        </message>
        <message>
            <source>There is no such solution batch in this station's register.</source>
            <translation>Diese Lösungscharge gibt es im BtM-Buch dieser Station nicht.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds {substance}, not the {drug} the decision is for.</source>
            <translation>Lösungscharge {batch} enthält {substance}, nicht das {drug}, für das die Entscheidung gilt.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet: sync, or identify the patient without the card.</source>
            <translation>Die Karte ist echt, aber ihr Patient steht noch nicht auf der Liste dieser Station: Synchronisieren Sie, oder identifizieren Sie den Patienten ohne Karte.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a scanned card was refused; detail: the card check's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The dose ({dose} mg) is above what may be given now ({allowed} mg). Check the rules again for a smaller dose.</source>
            <translation>Die Dosis ({dose} mg) liegt über dem, was jetzt gegeben werden darf ({allowed} mg). Prüfen Sie die Regeln erneut für eine kleinere Dosis.</translation>
        </message>
        <message>
            <source>This dose is blocked: {reasons}</source>
            <translation>Diese Dosis ist gesperrt: {reasons}</translation>
        </message>
        <message>
            <source>This visit's dose is recorded already.</source>
            <translation>Die Dosis dieses Besuchs ist bereits erfasst.</translation>
        </message>
        <message>
            <source>A dose of 0 mg cannot be recorded as given.</source>
            <translation>Eine Dosis von 0 mg kann nicht als gegeben erfasst werden.</translation>
        </message>
        <message>
            <source>Choose the drug and form from the list.</source>
            <translation>Wählen Sie Arzneimittel und Form aus der Liste.</translation>
        </message>
        <message>
            <source>A full injection gives what was prepared ({prepared} mg): record a partial injection for another amount.</source>
            <translation>Eine vollständige Injektion gibt, was vorbereitet wurde ({prepared} mg): Erfassen Sie für eine andere Menge eine teilweise Injektion.</translation>
        </message>
        <message>
            <source>Enter how many mg went in: a partial or failed injection needs the amount given (0 mg when nothing went in).</source>
            <translation>Geben Sie ein, wie viele mg injiziert wurden: Eine teilweise oder misslungene Injektion braucht die gegebene Menge (0 mg, wenn nichts injiziert wurde).</translation>
        </message>
        <message>
            <source>More than was prepared cannot be given: at most {prepared} mg went in.</source>
            <translation>Es kann nicht mehr gegeben werden als vorbereitet: Höchstens {prepared} mg wurden injiziert.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe before its label is printed.</source>
            <translation>Wiegen und übernehmen Sie die Spritze, bevor ihr Etikett gedruckt wird.</translation>
        </message>
        <message>
            <source>The server's hold on this patient's dose ran out before the dose was recorded: nothing was recorded; check the rules again.</source>
            <translation>Die Reservierung des Servers für die Dosis dieses Patienten ist abgelaufen, bevor die Dosis erfasst wurde: Nichts wurde erfasst; prüfen Sie die Regeln erneut.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Geben Sie an, warum der Patient ohne Karte identifiziert wird.</translation>
        </message>
        <message>
            <source>Say how the injection went: full, partial or failed.</source>
            <translation>Geben Sie an, wie die Injektion verlief: vollständig, teilweise oder misslungen.</translation>
        </message>
        <message>
            <source>Only a clinic lead can approve this: {reason}</source>
            <translation>Nur die Klinikleitung kann dies freigeben: {reason}</translation>
        </message>
        <message>
            <source>A second person must approve this dose, with a reason.</source>
            <translation>Eine zweite Person muss diese Dosis mit Begründung freigeben.</translation>
        </message>
        <message>
            <source>A partial injection gives more than 0 mg and less than the {prepared} mg prepared: record it as failed or full.</source>
            <translation>Eine teilweise Injektion gibt mehr als 0 mg und weniger als die vorbereiteten {prepared} mg: Erfassen Sie sie als misslungen oder vollständig.</translation>
        </message>
        <message>
            <source>This patient is not on this station's roster.</source>
            <translation>Dieser Patient steht nicht auf der Liste dieser Station.</translation>
        </message>
        <message>
            <source>Choose how the patient was contacted.</source>
            <translation>Wählen Sie, wie der Patient kontaktiert wurde.</translation>
        </message>
        <message>
            <source>Choose between 1 and {most} days.</source>
            <translation>Wählen Sie zwischen 1 und {most} Tagen.</translation>
        </message>
        <message>
            <source>A contact note holds at most {most} characters.</source>
            <translation>Eine Kontaktnotiz hat höchstens {most} Zeichen.</translation>
        </message>
        <message>
            <source>The card the server sent is not a genuine card of this clinic for this patient: nothing was printed. Tell the technician.</source>
            <translation>Die vom Server gesendete Karte ist keine echte Karte dieser Klinik für diesen Patienten: Es wurde nichts gedruckt. Informieren Sie die Technik.</translation>
        </message>
        <message>
            <source>The central server does not know this patient yet: let the station sync (the patient's record goes up with it), then issue the card again.</source>
            <translation>Der zentrale Server kennt diesen Patienten noch nicht: Lassen Sie die Station synchronisieren (der Datensatz des Patienten wird dabei übertragen) und stellen Sie die Karte dann erneut aus.</translation>
        </message>
        <message>
            <source>This incident is resolved already.</source>
            <translation>Dieser Vorfall ist bereits erledigt.</translation>
        </message>
        <message>
            <source>This incident is not in the list fetched from the server: fetch it again.</source>
            <translation>Dieser Vorfall ist nicht in der vom Server abgerufenen Liste: Rufen Sie sie erneut ab.</translation>
        </message>
        <message>
            <source>A resolution needs a note saying what was found and done.</source>
            <translation>Eine Erledigung braucht eine Notiz, was festgestellt und getan wurde.</translation>
        </message>
        <message>
            <source>Only the clinic lead signed in may sign this resolution.</source>
            <translation>Nur die angemeldete Klinikleitung darf diese Erledigung signieren.</translation>
        </message>
        <message>
            <source>The central server is busy: try again in a minute.</source>
            <translation>Der zentrale Server ist ausgelastet: Versuchen Sie es in einer Minute erneut.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician enrolls it first.</source>
            <translation>Diese Station ist bei keinem Server registriert: Die Technik registriert sie zuerst.</translation>
        </message>
        <message>
            <source>The central server refused this: {detail}</source>
            <translation>Der zentrale Server hat dies abgelehnt: {detail}</translation>
        </message>
        <message>
            <source>The central server cannot be reached ({detail}).</source>
            <translation>Der zentrale Server ist nicht erreichbar ({detail}).</translation>
        </message>
        <message>
            <source>There is no such visit in progress at this station.</source>
            <translation>An dieser Station läuft kein solcher Besuch.</translation>
        </message>
        <message>
            <source>This decision needs no second person's approval.</source>
            <translation>Diese Entscheidung braucht keine Freigabe durch eine zweite Person.</translation>
        </message>
        <message>
            <source>The prepared dose ({prepared} mg) is above what may be given now ({allowed} mg, weighing tolerance included). Prepare again.</source>
            <translation>Die vorbereitete Dosis ({prepared} mg) liegt über dem, was jetzt gegeben werden darf ({allowed} mg, Wägetoleranz eingeschlossen). Bereiten Sie sie erneut vor.</translation>
        </message>
        <message>
            <source>A redo needs its reason.</source>
            <translation>Eine Wiederholung braucht ihre Begründung.</translation>
        </message>
        <message>
            <source>Write what the review found.</source>
            <translation>Schreiben Sie, was die Überprüfung ergeben hat.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing, and the clinic accepts no weighing until it passes one: call the technician.</source>
            <translation>Die Prüfung der Waage mit dem Referenzgewicht ist überfällig, fehlgeschlagen oder fehlt, und die Klinik nimmt keine Wägung an, bis eine bestanden ist: Rufen Sie die Technik.</translation>
        </message>
        <message>
            <source>Say why the stop-dose flag is lifted.</source>
            <translation>Geben Sie an, warum der Dosisstopp aufgehoben wird.</translation>
        </message>
        <message>
            <source>A stop-dose flag needs its reason.</source>
            <translation>Ein Dosisstopp braucht seine Begründung.</translation>
        </message>
        <message>
            <source>This patient has no such stop-dose flag set.</source>
            <translation>Für diesen Patienten ist kein solcher Dosisstopp gesetzt.</translation>
        </message>
        <message>
            <source>There is no such dose in this patient's recent record.</source>
            <translation>Diese Dosis gibt es in den letzten Einträgen dieses Patienten nicht.</translation>
        </message>
        <message>
            <source>A dose cannot be corrected to a time in the future.</source>
            <translation>Eine Dosis kann nicht auf eine Zeit in der Zukunft korrigiert werden.</translation>
        </message>
        <message>
            <source>Say why the dose's time is corrected.</source>
            <translation>Geben Sie an, warum die Zeit der Dosis korrigiert wird.</translation>
        </message>
        <message>
            <source>The corrected time needs its time zone.</source>
            <translation>Die korrigierte Zeit braucht ihre Zeitzone.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe first.</source>
            <translation>Wiegen und übernehmen Sie zuerst die Spritze.</translation>
        </message>
        <message>
            <source>Say why the syringe goes without a printed label.</source>
            <translation>Geben Sie an, warum die Spritze ohne gedrucktes Etikett weitergeht.</translation>
        </message>
        <message>
            <source>This visit changed meanwhile (another screen?): check it again.</source>
            <translation>Dieser Besuch hat sich inzwischen geändert (ein anderer Bildschirm?): Prüfen Sie ihn erneut.</translation>
        </message>
        <message>
            <source>This visit's dose is recorded: start a new visit.</source>
            <translation>Die Dosis dieses Besuchs ist erfasst: Beginnen Sie einen neuen Besuch.</translation>
        </message>
        <message>
            <source>Say why the visit ends without a dose.</source>
            <translation>Geben Sie an, warum der Besuch ohne Dosis endet.</translation>
        </message>
        <message>
            <source>The patient was assessed: say why the dose was not given.</source>
            <translation>Der Patient wurde beurteilt: Geben Sie an, warum die Dosis nicht gegeben wurde.</translation>
        </message>
        <message>
            <source>Choose why the dose was not given from the list.</source>
            <translation>Wählen Sie aus der Liste, warum die Dosis nicht gegeben wurde.</translation>
        </message>
        <message>
            <source>This visit was ended: start a new visit.</source>
            <translation>Dieser Besuch wurde beendet: Beginnen Sie einen neuen Besuch.</translation>
        </message>
        <message>
            <source>Another person carries this visit on: take it over first (recorded), then go on.</source>
            <translation>Eine andere Person führt diesen Besuch weiter: Übernehmen Sie ihn zuerst (wird erfasst) und machen Sie dann weiter.</translation>
        </message>
        <message>
            <source>There is no such visit at this station: identify the patient.</source>
            <translation>Diesen Besuch gibt es an dieser Station nicht: Identifizieren Sie den Patienten.</translation>
        </message>
        <message>
            <source>There is no such dose to void in this patient's recent record.</source>
            <translation>In den letzten Einträgen dieses Patienten gibt es keine solche Dosis zum Stornieren.</translation>
        </message>
        <message>
            <source>Only a clinic lead may void a dose another station recorded.</source>
            <translation>Nur die Klinikleitung darf eine Dosis stornieren, die eine andere Station erfasst hat.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Geben Sie an, warum der Dosiseintrag storniert wird.</translation>
        </message>
        <message>
            <source>Write a comment to acknowledge the warning before dosing.</source>
            <translation>Schreiben Sie vor der Dosierung einen Kommentar, um die Warnung zu bestätigen.</translation>
        </message>
        <message>
            <source>Check the rules for a dose before weighing it.</source>
            <translation>Prüfen Sie die Regeln für eine Dosis, bevor Sie sie wiegen.</translation>
        </message>
        <message>
            <source>The weighed syringe is outside the clinic's tolerance now ({detail}): prepare it again.</source>
            <translation>Die gewogene Spritze liegt jetzt außerhalb der Toleranz der Klinik ({detail}): Bereiten Sie sie erneut vor.</translation>
        </message>
        <message>
            <source>The weight is a mass in g from the scale.</source>
            <translation>Das Gewicht ist eine Masse in g von der Waage.</translation>
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
            <translation>{detail} Die Station wurde nicht registriert.</translation>
        </message>
        <message>
            <source>{detail} The station was not enrolled.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Die Station wurde nicht registriert.</translation>
        </message>
        <message>
            <source>The enrollment code was not accepted (unknown, expired or already used): ask the server's administrator for a new one.</source>
            <translation>Der Registrierungscode wurde nicht angenommen (unbekannt, abgelaufen oder bereits benutzt): Bitten Sie die Administration des Servers um einen neuen.</translation>
        </message>
        <message>
            <source>Enrollment failed: {detail}</source>
            <translation>Registrierung fehlgeschlagen: {detail}</translation>
        </message>
        <message>
            <source>The server refused the enrollment: {detail}</source>
            <translation>Der Server hat die Registrierung abgelehnt: {detail}</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url}: check the address and the network. The station was not enrolled.</source>
            <translation>Der Server unter {url} ist nicht erreichbar: Prüfen Sie Adresse und Netzwerk. Die Station wurde nicht registriert.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>The birth date gives an age over {age} years: check it.</source>
            <translation>Das Geburtsdatum ergibt ein Alter über {age} Jahre: Prüfen Sie es.</translation>
        </message>
        <message>
            <source>A clinic number is capital letters and digits in groups joined by single hyphens, at most 20 characters (for example HAT-0042).</source>
            <translation>Eine Kliniknummer besteht aus Großbuchstaben und Ziffern in Gruppen, verbunden durch einzelne Bindestriche, höchstens 20 Zeichen (zum Beispiel HAT-0042).</translation>
        </message>
        <message>
            <source>Enter the patient's clinic number.</source>
            <translation>Geben Sie die Kliniknummer des Patienten ein.</translation>
        </message>
        <message>
            <source>This clinic number is already on the roster: each patient has their own.</source>
            <translation>Diese Kliniknummer steht bereits auf der Liste: Jeder Patient hat seine eigene.</translation>
        </message>
        <message>
            <source>The family name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>Der Nachname kann so nicht erfasst werden: Buchstaben, höchstens 100 Zeichen.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Geben Sie den Nachnamen des Patienten ein.</translation>
        </message>
        <message>
            <source>The given name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>Der Vorname kann so nicht erfasst werden: Buchstaben, höchstens 100 Zeichen.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Geben Sie den Vornamen des Patienten ein.</translation>
        </message>
        <message>
            <source>The photo names another clinic number than this patient's: nothing was kept. Open the patient again and take the photo for them.</source>
            <translation>Das Foto nennt eine andere Kliniknummer als die dieses Patienten: Nichts wurde gespeichert. Öffnen Sie den Patienten erneut und nehmen Sie das Foto für ihn auf.</translation>
        </message>
        <message>
            <source>This picture is too large (at most 20 MB and 50 million pixels).</source>
            <translation>Dieses Bild ist zu groß (höchstens 20 MB und 50 Millionen Pixel).</translation>
        </message>
        <message>
            <source>This picture is too small to recognise a face (at least {size} pixels a side).</source>
            <translation>Dieses Bild ist zu klein, um ein Gesicht zu erkennen (mindestens {size} Pixel je Seite).</translation>
        </message>
        <message>
            <source>This file is not a JPEG or PNG picture the station can read.</source>
            <translation>Diese Datei ist kein JPEG- oder PNG-Bild, das die Station lesen kann.</translation>
        </message>
        <message>
            <source>{count} patient(s) on the roster have this family name and birth date. Check that this is not one of them; register only if this is a different person.</source>
            <translation>{count} Patient(en) auf der Liste haben diesen Nachnamen und dieses Geburtsdatum. Prüfen Sie, dass es keiner von ihnen ist; nehmen Sie nur auf, wenn es eine andere Person ist.</translation>
        </message>
        <message>
            <source>The clinic treats adults only: the patient must be at least {age}.</source>
            <translation>Die Klinik behandelt nur Erwachsene: Der Patient muss mindestens {age} Jahre alt sein.</translation>
        </message>
        <message>
            <source>Breath alcohol is entered as a number in ‰ (or left out).</source>
            <translation>Der Atemalkohol wird als Zahl in ‰ eingegeben (oder weggelassen).</translation>
        </message>
        <message>
            <source>Breath alcohol is between 0 and {maximum} ‰.</source>
            <translation>Der Atemalkohol liegt zwischen 0 und {maximum} ‰.</translation>
        </message>
        <message>
            <source>{what} must be an amount in mg.</source>
            <translation>{what} muss eine Menge in mg sein.</translation>
        </message>
        <message>
            <source>{what} is not an amount in mg.</source>
            <translation>{what} ist keine Menge in mg.</translation>
        </message>
        <message>
            <source>{what} is not a possible dose (at most {maximum} mg).</source>
            <translation>{what} ist keine mögliche Dosis (höchstens {maximum} mg).</translation>
        </message>
        <message>
            <source>{what} is given to 0.01 mg at most.</source>
            <translation>{what} wird höchstens auf 0,01 mg genau angegeben.</translation>
        </message>
        <message>
            <source>The sedation score is a whole number from 0 (alert) to 3 (severe).</source>
            <translation>Der Sedierungsgrad ist eine ganze Zahl von 0 (wach) bis 3 (schwer).</translation>
        </message>
        <message>
            <source>An adverse event cannot be recorded as happening in the future.</source>
            <translation>Ein unerwünschtes Ereignis kann nicht in der Zukunft liegend erfasst werden.</translation>
        </message>
        <message>
            <source>Choose what happened: {kinds}.</source>
            <translation>Wählen Sie, was passiert ist: {kinds}.</translation>
        </message>
        <message>
            <source>This observation is already closed.</source>
            <translation>Diese Beobachtung ist bereits abgeschlossen.</translation>
        </message>
        <message>
            <source>The observation time is not up: say why the patient leaves early.</source>
            <translation>Die Beobachtungszeit ist nicht um: Geben Sie an, warum der Patient früher geht.</translation>
        </message>
        <message>
            <source>Naloxone is entered in mg, at most {maximum} mg.</source>
            <translation>Naloxon wird in mg eingegeben, höchstens {maximum} mg.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Schreiben Sie eine Notiz oder geben Sie einen Vitalwert ein.</translation>
        </message>
        <message>
            <source>There is no such observation on this station.</source>
            <translation>Diese Beobachtung gibt es an dieser Station nicht.</translation>
        </message>
        <message>
            <source>The vital signs were not recorded: {detail}.</source>
            <translation>Die Vitalwerte wurden nicht erfasst: {detail}.</translation>
        </message>
        <message>
            <source>Give either the mg or the weighed mass, not both.</source>
            <translation>Geben Sie entweder die mg oder die gewogene Masse an, nicht beides.</translation>
        </message>
        <message>
            <source>Nothing to record: the amount is 0 mg.</source>
            <translation>Nichts zu erfassen: Die Menge ist 0 mg.</translation>
        </message>
        <message>
            <source>The batch was not made: {detail}.</source>
            <translation>Die Charge wurde nicht hergestellt: {detail}.</translation>
        </message>
        <message>
            <source>There is no such solution batch.</source>
            <translation>Diese Lösungscharge gibt es nicht.</translation>
        </message>
        <message>
            <source>There is no such stock lot or solution batch.</source>
            <translation>Diese Bestandscharge oder Lösungscharge gibt es nicht.</translation>
        </message>
        <message>
            <source>The entry to correct is not in the register.</source>
            <translation>Der zu korrigierende Eintrag steht nicht im BtM-Buch.</translation>
        </message>
        <message>
            <source>A counted container is not on this count sheet.</source>
            <translation>Ein gezählter Behälter steht nicht auf diesem Zählblatt.</translation>
        </message>
        <message>
            <source>{missing} container(s) on the sheet were not counted.</source>
            <translation>{missing} Behälter auf dem Blatt wurden nicht gezählt.</translation>
        </message>
        <message>
            <source>The person who counted cannot sign off their own count.</source>
            <translation>Die Person, die gezählt hat, kann ihre eigene Zählung nicht abzeichnen.</translation>
        </message>
        <message>
            <source>There is no such count.</source>
            <translation>Diese Zählung gibt es nicht.</translation>
        </message>
        <message>
            <source>This count has no open discrepancy.</source>
            <translation>Diese Zählung hat keine offene Differenz.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Geben Sie den Grund für die Differenz an.</translation>
        </message>
        <message>
            <source>Only residue, waste, failed injections and destruction go here.</source>
            <translation>Hier gehören nur Reste, Verwurf, misslungene Injektionen und Vernichtung hin.</translation>
        </message>
        <message>
            <source>This is not a medicine pack code (GS1 DataMatrix or IFA).</source>
            <translation>Dies ist kein Arzneimittel-Packungscode (GS1 DataMatrix oder IFA).</translation>
        </message>
        <message>
            <source>The pack code cannot be read: {detail}</source>
            <translation>Der Packungscode kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>This pack's serial number was received before; it is refused (a copied or re-used code).</source>
            <translation>Die Seriennummer dieser Packung wurde bereits empfangen; sie wird abgelehnt (ein kopierter oder wiederverwendeter Code).</translation>
        </message>
        <message>
            <source>A pack holds 1 to {units} ampoules.</source>
            <translation>Eine Packung enthält 1 bis {units} Ampullen.</translation>
        </message>
        <message>
            <source>The pack code carries no batch number; it cannot be received.</source>
            <translation>Der Packungscode enthält keine Chargennummer; die Packung kann nicht empfangen werden.</translation>
        </message>
        <message>
            <source>The pack code carries no serial number; it cannot be received.</source>
            <translation>Der Packungscode enthält keine Seriennummer; die Packung kann nicht empfangen werden.</translation>
        </message>
        <message>
            <source>The printer could not be opened: check it and print again.</source>
            <translation>Der Drucker konnte nicht geöffnet werden: Prüfen Sie ihn und drucken Sie erneut.</translation>
        </message>
        <message>
            <source>A product needs at least one ampoule of more than 0 mg.</source>
            <translation>Ein Produkt braucht mindestens eine Ampulle mit mehr als 0 mg.</translation>
        </message>
        <message>
            <source>This pack's product is not in the catalogue; define it before receiving.</source>
            <translation>Das Produkt dieser Packung ist nicht im Katalog; legen Sie es vor dem Empfang an.</translation>
        </message>
        <message>
            <source>Reconstitute from known stock lots of one substance.</source>
            <translation>Rekonstituieren Sie aus bekannten Bestandschargen eines Wirkstoffs.</translation>
        </message>
        <message>
            <source>A solution batch needs a shelf life after reconstitution.</source>
            <translation>Eine Lösungscharge braucht eine Haltbarkeit nach der Rekonstitution.</translation>
        </message>
        <message>
            <source>A {what} needs a witness who signs with their own password.</source>
            <translation>{what} braucht einen Zeugen, der mit seinem eigenen Passwort signiert.</translation>
        </message>
        <message>
            <source>The label was not printed: {detail}</source>
            <translation>Das Etikett wurde nicht gedruckt: {detail}</translation>
        </message>
        <message>
            <source>No weight accepted: {detail}</source>
            <translation>Kein Gewicht übernommen: {detail}</translation>
        </message>
        <message>
            <source>The daily maximum is above the clinic's daily maximum of {cap} mg for {drug}.</source>
            <translation>Das Tagesmaximum liegt über dem Tagesmaximum der Klinik von {cap} mg für {drug}.</translation>
        </message>
        <message>
            <source>This patient already has a prescription for {drug} in these days: change or stop it instead.</source>
            <translation>Dieser Patient hat in diesen Tagen bereits eine Verordnung für {drug}: Ändern oder beenden Sie stattdessen diese.</translation>
        </message>
        <message>
            <source>A change or renewal keeps the order's drug: sign a new order for another drug.</source>
            <translation>Eine Änderung oder Verlängerung behält das Arzneimittel der Verordnung: Signieren Sie für ein anderes Arzneimittel eine neue Verordnung.</translation>
        </message>
        <message>
            <source>An order cannot end before it starts.</source>
            <translation>Eine Verordnung kann nicht vor ihrem Beginn enden.</translation>
        </message>
        <message>
            <source>An order cannot end in the past.</source>
            <translation>Eine Verordnung kann nicht in der Vergangenheit enden.</translation>
        </message>
        <message>
            <source>The time between doses cannot be negative.</source>
            <translation>Die Zeit zwischen Dosen kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>An order's maxima are amounts above 0 mg.</source>
            <translation>Die Höchstmengen einer Verordnung sind Mengen über 0 mg.</translation>
        </message>
        <message>
            <source>An order's maxima are given to 0.01 mg.</source>
            <translation>Die Höchstmengen einer Verordnung werden auf 0,01 mg genau angegeben.</translation>
        </message>
        <message>
            <source>A new order gets an id of its own: a change, renewal or stop names one.</source>
            <translation>Eine neue Verordnung bekommt eine eigene ID: Eine Änderung, Verlängerung oder Beendigung nennt eine bestehende.</translation>
        </message>
        <message>
            <source>A note to the counter is at most {limit} characters.</source>
            <translation>Eine Notiz an die Ausgabe hat höchstens {limit} Zeichen.</translation>
        </message>
        <message>
            <source>This order has ended: renew it or sign a new order.</source>
            <translation>Diese Verordnung ist abgelaufen: Verlängern Sie sie oder signieren Sie eine neue Verordnung.</translation>
        </message>
        <message>
            <source>This order was stopped: sign a new order.</source>
            <translation>Diese Verordnung wurde beendet: Signieren Sie eine neue Verordnung.</translation>
        </message>
        <message>
            <source>A prescription brought over from before is ended by a change that gives its last day.</source>
            <translation>Eine von früher übernommene Verordnung wird durch eine Änderung beendet, die ihren letzten Tag angibt.</translation>
        </message>
        <message>
            <source>There is no such signed order for this patient.</source>
            <translation>Für diesen Patienten gibt es keine solche signierte Verordnung.</translation>
        </message>
        <message>
            <source>The dose plan cannot be used: {detail}.</source>
            <translation>Der Dosisplan kann nicht verwendet werden: {detail}.</translation>
        </message>
        <message>
            <source>The dose plan must start within the order's days.</source>
            <translation>Der Dosisplan muss innerhalb der Tage der Verordnung beginnen.</translation>
        </message>
        <message>
            <source>The dose plan is refused: a step rises more than the clinic's titration rule allows ({rise} % over the day before).</source>
            <translation>Der Dosisplan wird abgelehnt: Ein Schritt steigt stärker, als die Titrationsregel der Klinik erlaubt ({rise} % über dem Vortag).</translation>
        </message>
        <message>
            <source>The dose plan is refused: its first day is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Der Dosisplan wird abgelehnt: Sein erster Tag liegt über dem Tagesmaximum der Verordnung von {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The dose plan is refused: its ceiling is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Der Dosisplan wird abgelehnt: Seine Obergrenze liegt über dem Tagesmaximum der Verordnung von {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The review day cannot be before the order starts.</source>
            <translation>Der Überprüfungstag kann nicht vor dem Beginn der Verordnung liegen.</translation>
        </message>
        <message>
            <source>The per-session maximum cannot be above the daily maximum.</source>
            <translation>Das Maximum pro Zeitfenster kann nicht über dem Tagesmaximum liegen.</translation>
        </message>
        <message>
            <source>An order gives 1 to 6 sessions a day.</source>
            <translation>Eine Verordnung sieht 1 bis 6 Zeitfenster pro Tag vor.</translation>
        </message>
        <message>
            <source>Only a prescriber signs an order.</source>
            <translation>Nur verordnende Ärztinnen und Ärzte signieren eine Verordnung.</translation>
        </message>
        <message>
            <source>A stop ends the order from today, or on a later day within the order.</source>
            <translation>Eine Beendigung beendet die Verordnung ab heute oder an einem späteren Tag innerhalb der Verordnung.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet.</source>
            <translation>Die Karte ist echt, aber ihr Patient steht noch nicht auf der Liste dieser Station.</translation>
        </message>
        <message>
            <source>Say why the patient leaves the queue.</source>
            <translation>Geben Sie an, warum der Patient die Warteschlange verlässt.</translation>
        </message>
        <message>
            <source>Neither a patient of this station's roster nor a valid card: {detail}</source>
            <comment>a check-in was refused; detail: the card check's sentence</comment>
            <translation>Weder ein Patient auf der Liste dieser Station noch eine gültige Karte: {detail}</translation>
        </message>
        <message>
            <source>This patient is not in today's queue.</source>
            <translation>Dieser Patient ist nicht in der heutigen Warteschlange.</translation>
        </message>
        <message>
            <source>Scan the patient's card or enter their clinic number.</source>
            <translation>Scannen Sie die Karte des Patienten oder geben Sie seine Kliniknummer ein.</translation>
        </message>
        <message>
            <source>{setting}: at most {maximum}{unit}.</source>
            <translation>{setting}: höchstens {maximum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: at least {minimum}{unit}.</source>
            <translation>{setting}: mindestens {minimum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: choose one of: {options}.</source>
            <translation>{setting}: Wählen Sie eines von: {options}.</translation>
        </message>
        <message>
            <source>{settings}: this does not fit the clinic's other rule settings — {detail}.</source>
            <translation>{settings}: Dies passt nicht zu den anderen Regeleinstellungen der Klinik — {detail}.</translation>
        </message>
        <message>
            <source>Only a clinic lead may change the clinic's rule settings.</source>
            <translation>Nur die Klinikleitung darf die Regeleinstellungen der Klinik ändern.</translation>
        </message>
        <message>
            <source>The clinic's rule settings do not fit together ({detail}); a clinic lead must correct them.</source>
            <translation>Die Regeleinstellungen der Klinik passen nicht zusammen ({detail}); die Klinikleitung muss sie korrigieren.</translation>
        </message>
        <message>
            <source>The clinic's rule setting “{setting}” holds a value this station cannot use ({detail}); a clinic lead must set it again.</source>
            <translation>Die Regeleinstellung „{setting}“ der Klinik enthält einen Wert, den diese Station nicht verwenden kann ({detail}); die Klinikleitung muss sie neu setzen.</translation>
        </message>
        <message>
            <source>{setting}: {detail}.</source>
            <translation>{setting}: {detail}.</translation>
        </message>
        <message>
            <source>{setting}: at most {places} decimal place(s).</source>
            <translation>{setting}: höchstens {places} Nachkommastelle(n).</translation>
        </message>
        <message>
            <source>There is no setting called {key}.</source>
            <translation>Es gibt keine Einstellung namens {key}.</translation>
        </message>
        <message>
            <source>{setting}: {value} is not a valid value; {hint}.</source>
            <translation>{setting}: {value} ist kein gültiger Wert; {hint}.</translation>
        </message>
        <message>
            <source>{setting}: a whole number.</source>
            <translation>{setting}: eine ganze Zahl.</translation>
        </message>
        <message>
            <source>The second person must be someone else than the one signed in.</source>
            <translation>Die zweite Person muss jemand anderes sein als die angemeldete.</translation>
        </message>
        <message>
            <source>{person} cannot sign this ({what}): it needs a {roles}.</source>
            <translation>{person} kann dies nicht signieren ({what}): Es braucht die Rolle {roles}.</translation>
        </message>
        <message>
            <source>A second person must sign: {what}.</source>
            <translation>Eine zweite Person muss signieren: {what}.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a second person cannot sign; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an die Administration.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the account is locked after wrong passwords; detail: until when</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The station's disk is full: nothing was recorded. Free some space on the disk (ask the clinic's IT), then record it again.</source>
            <translation>Der Datenträger der Station ist voll: Nichts wurde erfasst. Schaffen Sie Platz auf dem Datenträger (fragen Sie die IT der Klinik) und erfassen Sie es dann erneut.</translation>
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
            <translation>Falscher Benutzername oder falsches Passwort.</translation>
        </message>
        <message>
            <source>This station is already enrolled with {url} (clinic {clinic}); nothing was changed.</source>
            <translation>Diese Station ist bereits bei {url} registriert (Klinik {clinic}); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the CA file cannot be used</comment>
            <translation>{detail} Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The CA file {path} cannot be read ({detail}).</source>
            <translation>Die CA-Datei {path} kann nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>The CA file {path} holds no certificate this station can use (a CA bundle is PEM text: -----BEGIN CERTIFICATE-----).</source>
            <translation>Die CA-Datei {path} enthält kein Zertifikat, das diese Station verwenden kann (ein CA-Bündel ist PEM-Text: -----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url} to check its certificate: try again when it can be reached. Nothing was changed.</source>
            <translation>Der Server unter {url} ist zur Prüfung seines Zertifikats nicht erreichbar: Versuchen Sie es erneut, wenn er erreichbar ist. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: enroll it first (the clinic CA file is given with the enrollment).</source>
            <translation>Diese Station ist bei keinem Server registriert: Registrieren Sie sie zuerst (die CA-Datei der Klinik wird bei der Registrierung angegeben).</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician runs 'dosing-station enroll --server URL' (it asks for the code) first.</source>
            <translation>Diese Station ist bei keinem Server registriert: Die Technik führt zuerst 'dosing-station enroll --server URL' aus (der Befehl fragt nach dem Code).</translation>
        </message>
        <message>
            <source>The server {url} is not https://: it has no certificate to check. Nothing was changed.</source>
            <translation>Der Server {url} ist nicht https://: Er hat kein Zertifikat, das geprüft werden kann. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The bundle could not be written: {detail}.</source>
            <translation>Das Paket konnte nicht geschrieben werden: {detail}.</translation>
        </message>
        <message>
            <source>The certified mass and the tolerance must be more than 0 g.</source>
            <translation>Die zertifizierte Masse und die Toleranz müssen größer als 0 g sein.</translation>
        </message>
        <message>
            <source>Name the device by its serial number.</source>
            <translation>Benennen Sie das Gerät mit seiner Seriennummer.</translation>
        </message>
        <message>
            <source>The device profile could not be saved: {detail}.</source>
            <translation>Das Geräteprofil konnte nicht gespeichert werden: {detail}.</translation>
        </message>
    </context>
    <context>
        <name>MovementsPage</name>
        <message>
            <source>Stock lot or solution batch</source>
            <translation>Bestandscharge oder Lösungscharge</translation>
        </message>
        <message>
            <source>Kind of movement</source>
            <translation>Art der Bewegung</translation>
        </message>
        <message>
            <source>Residue</source>
            <translation>Rest</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Verwurf</translation>
        </message>
        <message>
            <source>Failed injection</source>
            <translation>Misslungene Injektion</translation>
        </message>
        <message>
            <source>Destruction (witnessed)</source>
            <translation>Vernichtung (bezeugt)</translation>
        </message>
        <message>
            <source>Amount given as</source>
            <translation>Menge angegeben als</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>g weighed (solution)</source>
            <translation>g gewogen (Lösung)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>why the drug leaves the stock</source>
            <translation>warum das Arzneimittel den Bestand verlässt</translation>
        </message>
        <message>
            <source>&amp;Record…</source>
            <translation>&amp;Erfassen…</translation>
        </message>
        <message>
            <source>Record the movement</source>
            <translation>Die Bewegung erfassen</translation>
        </message>
        <message>
            <source>Movement message</source>
            <translation>Meldung zur Bewegung</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Charge</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Menge</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>Ein&amp;heit</translation>
        </message>
        <message>
            <source>R&amp;eason</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>A destruction is signed by a second person who watched it.</source>
            <translation>Eine Vernichtung wird von einer zweiten Person signiert, die sie beobachtet hat.</translation>
        </message>
        <message>
            <source>About destruction</source>
            <translation>Zur Vernichtung</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>Lösung</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>There is no batch to take drug from.</source>
            <translation>Es gibt keine Charge, aus der Arzneimittel entnommen werden kann.</translation>
        </message>
        <message>
            <source>Give the amount (more than 0).</source>
            <translation>Geben Sie die Menge an (mehr als 0).</translation>
        </message>
        <message>
            <source>Witness the destruction of {amount} {unit} from {batch}.</source>
            <translation>Die Vernichtung von {amount} {unit} aus {batch} bezeugen.</translation>
        </message>
        <message>
            <source>Recorded in the register.</source>
            <translation>Im BtM-Buch erfasst.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Abgelehnt: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ObservationBoard</name>
        <message>
            <source>Overdose</source>
            <translation>Überdosis</translation>
        </message>
        <message>
            <source>Respiratory depression</source>
            <translation>Atemdepression</translation>
        </message>
        <message>
            <source>Seizure</source>
            <translation>Krampfanfall</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anderes</translation>
        </message>
        <message>
            <source>No booth</source>
            <translation>Keine Kabine</translation>
        </message>
        <message>
            <source>%1 leaves before the observation time is up (%2). A second person confirms the early discharge.</source>
            <translation>%1 geht vor Ablauf der Beobachtungszeit (%2). Eine zweite Person bestätigt die frühere Entlassung.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was recorded; try again.</source>
            <translation>Das konnte nicht gespeichert werden. Nichts wurde erfasst; bitte erneut versuchen.</translation>
        </message>
    </context>
    <context>
        <name>ObservationCard</name>
        <message>
            <source>No booth</source>
            <translation>Keine Kabine</translation>
        </message>
        <message>
            <source>Patient photo</source>
            <translation>Patientenfoto</translation>
        </message>
        <message>
            <source>Under observation</source>
            <translation>In Beobachtung</translation>
        </message>
        <message>
            <source>Last minutes</source>
            <translation>Letzte Minuten</translation>
        </message>
        <message>
            <source>Time is up: check and discharge</source>
            <translation>Zeit abgelaufen: prüfen und entlassen</translation>
        </message>
        <message>
            <source>NOT DISCHARGED: check the patient now</source>
            <translation>NICHT ENTLASSEN: Patienten jetzt prüfen</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>noch %n Minute</numerusform>
                <numerusform>noch %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) overdue</source>
            <translation>
                <numerusform>%n Minute überfällig</numerusform>
                <numerusform>%n Minuten überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, patient %2</source>
            <translation>%1, Patient %2</translation>
        </message>
        <message>
            <source>Notes and events</source>
            <translation>Notizen und Ereignisse</translation>
        </message>
        <message>
            <source>Note / vitals</source>
            <translation>Notiz / Vitalwerte</translation>
        </message>
        <message>
            <source>Adverse event</source>
            <translation>Unerwünschtes Ereignis</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Entlassen</translation>
        </message>
        <message>
            <source>Note or vital signs, %1</source>
            <translation>Notiz oder Vitalwerte, %1</translation>
        </message>
        <message>
            <source>Adverse event, %1</source>
            <translation>Unerwünschtes Ereignis, %1</translation>
        </message>
        <message>
            <source>Discharge, %1</source>
            <translation>Entlassen, %1</translation>
        </message>
        <message>
            <source>Observation, %1</source>
            <translation>Beobachtung, %1</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Seit %1</translation>
        </message>
        <message>
            <source>%1 ADVERSE EVENT: %2</source>
            <translation>%1 UNERWÜNSCHTES EREIGNIS: %2</translation>
        </message>
        <message>
            <source>, naloxone %1 mg</source>
            <translation>, Naloxon %1 mg</translation>
        </message>
        <message>
            <source>⚠ VITAL SIGNS ALARM: %1</source>
            <translation>⚠ VITALWERT-ALARM: %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>New order</source>
            <translation>Neue Verordnung</translation>
        </message>
        <message>
            <source>Change the order</source>
            <translation>Verordnung ändern</translation>
        </message>
        <message>
            <source>Renew the order</source>
            <translation>Verordnung verlängern</translation>
        </message>
        <message>
            <source>Stop the order</source>
            <translation>Verordnung beenden</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Patienten wählen</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Arzneimittel und Form</translation>
        </message>
        <message>
            <source>Choose the drug and form</source>
            <translation>Arzneimittel und Form wählen</translation>
        </message>
        <message>
            <source>Per-session maximum in mg</source>
            <translation>Maximum pro Zeitfenster in mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Daily maximum in mg</source>
            <translation>Tagesmaximum in mg</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Zeitfenster pro Tag</translation>
        </message>
        <message>
            <source>1 to 6</source>
            <translation>1 bis 6</translation>
        </message>
        <message>
            <source>Minimum interval between doses in minutes</source>
            <translation>Mindestabstand zwischen Dosen in Minuten</translation>
        </message>
        <message>
            <source>empty: the clinic's default</source>
            <translation>leer: Standard der Klinik</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Valid until (last day)</source>
            <translation>Gültig bis (letzter Tag)</translation>
        </message>
        <message>
            <source>&amp;Keep open-ended (no last day)</source>
            <translation>&amp;Unbefristet (kein letzter Tag)</translation>
        </message>
        <message>
            <source>Open-ended: the order has no last day</source>
            <translation>Unbefristet: Die Verordnung hat keinen letzten Tag</translation>
        </message>
        <message>
            <source>Phase of treatment</source>
            <translation>Behandlungsphase</translation>
        </message>
        <message>
            <source>Choose the phase</source>
            <translation>Phase wählen</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Überprüfung am</translation>
        </message>
        <message>
            <source>Note for the counter</source>
            <translation>Notiz für die Ausgabe</translation>
        </message>
        <message>
            <source>what the nurse should read at the counter</source>
            <translation>was die Pflegefachperson an der Ausgabe lesen soll</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>What is signed</source>
            <translation>Was signiert wird</translation>
        </message>
        <message>
            <source>Your password, to sign as prescribed</source>
            <translation>Ihr Passwort, um als verordnet zu signieren</translation>
        </message>
        <message>
            <source>Sign as prescri&amp;bed</source>
            <translation>Als &amp;verordnet signieren</translation>
        </message>
        <message>
            <source>Sign the order as prescribed</source>
            <translation>Die Verordnung als verordnet signieren</translation>
        </message>
        <message>
            <source>The signature recorded</source>
            <translation>Die erfasste Signatur</translation>
        </message>
        <message>
            <source>Your pass&amp;word</source>
            <translation>Ihr Pass&amp;wort</translation>
        </message>
        <message>
            <source>You sign this order with the meaning "prescribed", as {name}; the time of signing is recorded with it.</source>
            <translation>Sie signieren diese Verordnung mit der Bedeutung "verordnet" als {name}; der Zeitpunkt der Signatur wird mit erfasst.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Verordnung</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>&amp;Drug and form</source>
            <translation>&amp;Arzneimittel und Form</translation>
        </message>
        <message>
            <source>Per-&amp;session maximum (mg)</source>
            <translation>Maximum pro &amp;Zeitfenster (mg)</translation>
        </message>
        <message>
            <source>Daily ma&amp;ximum (mg)</source>
            <translation>Tages&amp;maximum (mg)</translation>
        </message>
        <message>
            <source>Sessions per da&amp;y</source>
            <translation>Zeitfenster pro &amp;Tag</translation>
        </message>
        <message>
            <source>&amp;Minimum interval (min)</source>
            <translation>M&amp;indestabstand (min)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>&amp;Gültig ab</translation>
        </message>
        <message>
            <source>Valid &amp;until (last day)</source>
            <translation>Gültig bis (&amp;letzter Tag)</translation>
        </message>
        <message>
            <source>P&amp;hase</source>
            <translation>P&amp;hase</translation>
        </message>
        <message>
            <source>Re&amp;view on</source>
            <translation>Überprü&amp;fung am</translation>
        </message>
        <message>
            <source>Note for the &amp;counter</source>
            <translation>&amp;Notiz für die Ausgabe</translation>
        </message>
        <message>
            <source>Order message</source>
            <translation>Meldung zur Verordnung</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Close the order dialog</source>
            <translation>Den Verordnungsdialog schließen</translation>
        </message>
        <message>
            <source>A new order: check it, then sign it below.</source>
            <translation>Eine neue Verordnung: Prüfen Sie sie und signieren Sie sie dann unten.</translation>
        </message>
        <message>
            <source>{what} of {drug}, version {version} signed by {name} on {day}.</source>
            <translation>{what} von {drug}, Version {version}, signiert von {name} am {day}.</translation>
        </message>
        <message>
            <source>empty: the order ends today</source>
            <translation>leer: Die Verordnung endet heute</translation>
        </message>
        <message>
            <source>Choose the patient.</source>
            <translation>Wählen Sie den Patienten.</translation>
        </message>
        <message>
            <source>Choose the drug and form.</source>
            <translation>Wählen Sie Arzneimittel und Form.</translation>
        </message>
        <message>
            <source>Type the per-session maximum in mg.</source>
            <translation>Geben Sie das Maximum pro Zeitfenster in mg ein.</translation>
        </message>
        <message>
            <source>Type the daily maximum in mg.</source>
            <translation>Geben Sie das Tagesmaximum in mg ein.</translation>
        </message>
        <message>
            <source>Type the number of sessions per day.</source>
            <translation>Geben Sie die Zahl der Zeitfenster pro Tag ein.</translation>
        </message>
        <message>
            <source>Type the minimum interval in whole minutes, or leave it empty.</source>
            <translation>Geben Sie den Mindestabstand in ganzen Minuten ein oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <source>Type the first valid day (dd.mm.yyyy).</source>
            <translation>Geben Sie den ersten gültigen Tag ein (tt.mm.jjjj).</translation>
        </message>
        <message>
            <source>Type the last valid day as dd.mm.yyyy.</source>
            <translation>Geben Sie den letzten gültigen Tag als tt.mm.jjjj ein.</translation>
        </message>
        <message>
            <source>Type the last valid day, or tick "Keep open-ended".</source>
            <translation>Geben Sie den letzten gültigen Tag ein oder kreuzen Sie "Unbefristet" an.</translation>
        </message>
        <message>
            <source>Choose the phase of treatment.</source>
            <translation>Wählen Sie die Behandlungsphase.</translation>
        </message>
        <message>
            <source>Type the review day as dd.mm.yyyy.</source>
            <translation>Geben Sie den Überprüfungstag als tt.mm.jjjj ein.</translation>
        </message>
        <message>
            <source>Type your password to sign the order as prescribed.</source>
            <translation>Geben Sie Ihr Passwort ein, um die Verordnung als verordnet zu signieren.</translation>
        </message>
        <message>
            <source>Signed with the meaning "prescribed" by {name} on {day} at {time}: order version {version}.</source>
            <translation>Mit der Bedeutung "verordnet" signiert von {name} am {day} um {time}: Verordnungsversion {version}.</translation>
        </message>
        <message>
            <source>The order is signed and recorded.</source>
            <translation>Die Verordnung ist signiert und erfasst.</translation>
        </message>
    </context>
    <context>
        <name>OrderNotice</name>
        <message>
            <source>patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>drug and form</source>
            <translation>Arzneimittel und Form</translation>
        </message>
        <message>
            <source>per-session maximum</source>
            <translation>Maximum pro Zeitfenster</translation>
        </message>
        <message>
            <source>daily maximum</source>
            <translation>Tagesmaximum</translation>
        </message>
        <message>
            <source>sessions per day</source>
            <translation>Zeitfenster pro Tag</translation>
        </message>
        <message>
            <source>minimum interval</source>
            <translation>Mindestabstand</translation>
        </message>
        <message>
            <source>valid from</source>
            <translation>gültig ab</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>gültig bis</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>note for the counter</source>
            <translation>Notiz für die Ausgabe</translation>
        </message>
        <message>
            <source>review day</source>
            <translation>Überprüfungstag</translation>
        </message>
        <message>
            <source>dose plan</source>
            <translation>Dosisplan</translation>
        </message>
        <message>
            <source>{field} {old} → {new}</source>
            <translation>{field} {old} → {new}</translation>
        </message>
        <message>
            <source>Order expires today ({day}).</source>
            <translation>Die Verordnung läuft heute ab ({day}).</translation>
        </message>
        <message>
            <source>Order expires in {n} days ({day}).</source>
            <translation>Die Verordnung läuft in {n} Tagen ab ({day}).</translation>
        </message>
        <message>
            <source>Review date passed ({day}): tell the prescriber.</source>
            <translation>Überprüfungsdatum überschritten ({day}): Informieren Sie die verordnende Ärztin oder den verordnenden Arzt.</translation>
        </message>
        <message>
            <source>Changed since the last dose: {changes}.</source>
            <translation>Seit der letzten Dosis geändert: {changes}.</translation>
        </message>
        <message>
            <source>Prescriber's note: {note}</source>
            <translation>Notiz der Verordnenden: {note}</translation>
        </message>
        <message>
            <source>Prescriber's order notice</source>
            <translation>Hinweis zur ärztlichen Verordnung</translation>
        </message>
    </context>
    <context>
        <name>OverdoseProtocolDialog</name>
        <message>
            <source>Overdose protocol: %1</source>
            <translation>Überdosis-Protokoll: %1</translation>
        </message>
        <message>
            <source>%1: vital signs past the clinic's limits. Start the overdose protocol.</source>
            <translation>%1: Vitalwerte jenseits der Grenzen der Klinik. Starten Sie das Überdosis-Protokoll.</translation>
        </message>
        <message>
            <source>1. Call for help now: alert a colleague and the emergency team.</source>
            <translation>1. Jetzt Hilfe rufen: eine Kollegin oder einen Kollegen und das Notfallteam alarmieren.</translation>
        </message>
        <message>
            <source>2. Give naloxone as the clinic's protocol says; open the airway, support breathing, give oxygen.</source>
            <translation>2. Naloxon gemäß Protokoll der Klinik geben; Atemwege freimachen, Atmung unterstützen, Sauerstoff geben.</translation>
        </message>
        <message>
            <source>3. Stay with the patient; measure breathing and SpO2 again.</source>
            <translation>3. Beim Patienten bleiben; Atmung und SpO2 erneut messen.</translation>
        </message>
        <message>
            <source>4. Record the adverse event and the naloxone given.</source>
            <translation>4. Das unerwünschte Ereignis und das gegebene Naloxon erfassen.</translation>
        </message>
        <message>
            <source>&amp;Record adverse event</source>
            <translation>Unerwünschtes Ereignis &amp;erfassen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Vital signs past the limits</source>
            <translation>Vitalwerte jenseits der Grenzen</translation>
        </message>
        <message>
            <source>Overdose protocol steps</source>
            <translation>Schritte des Überdosis-Protokolls</translation>
        </message>
    </context>
    <context>
        <name>PatientActionsDialog</name>
        <message>
            <source>Clinic lead: patient flags and records</source>
            <translation>Klinikleitung: Markierungen und Einträge der Patienten</translation>
        </message>
        <message>
            <source>Patient stop-dose flags</source>
            <translation>Dosisstopps des Patienten</translation>
        </message>
        <message>
            <source>Void a dose entered in error</source>
            <translation>Eine irrtümlich erfasste Dosis stornieren</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Patienten nach Klinik-ID oder Name suchen</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>Klinik-ID oder Name</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patienten auf der Liste dieser Station</translation>
        </message>
        <message>
            <source>No patient chosen.</source>
            <translation>Kein Patient gewählt.</translation>
        </message>
        <message>
            <source>Chosen patient</source>
            <translation>Gewählter Patient</translation>
        </message>
        <message>
            <source>Patient actions message</source>
            <translation>Meldung zu Patientenaktionen</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Schl&amp;ießen</translation>
        </message>
        <message>
            <source>Close the patient screen</source>
            <translation>Die Patientenansicht schließen</translation>
        </message>
        <message>
            <source>Stop-dose flags</source>
            <translation>Dosisstopps</translation>
        </message>
        <message>
            <source>Stop-dose flags set now</source>
            <translation>Derzeit gesetzte Dosisstopps</translation>
        </message>
        <message>
            <source>Reason for a new stop-dose flag</source>
            <translation>Grund für einen neuen Dosisstopp</translation>
        </message>
        <message>
            <source>e.g. physician review pending</source>
            <translation>z. B. ärztliche Überprüfung ausstehend</translation>
        </message>
        <message>
            <source>&amp;Set a stop-dose flag</source>
            <translation>Dosisstopp &amp;setzen</translation>
        </message>
        <message>
            <source>Set a stop-dose flag with this reason</source>
            <translation>Einen Dosisstopp mit dieser Begründung setzen</translation>
        </message>
        <message>
            <source>Reason for lifting the chosen flag</source>
            <translation>Grund für die Aufhebung des gewählten Dosisstopps</translation>
        </message>
        <message>
            <source>e.g. physician reviewed</source>
            <translation>z. B. ärztlich überprüft</translation>
        </message>
        <message>
            <source>&amp;Lift the chosen flag</source>
            <translation>Gewählten Dosisstopp &amp;aufheben</translation>
        </message>
        <message>
            <source>Lift the chosen stop-dose flag</source>
            <translation>Den gewählten Dosisstopp aufheben</translation>
        </message>
        <message>
            <source>Stop-dose fla&amp;gs set now</source>
            <translation>&amp;Gesetzte Dosisstopps</translation>
        </message>
        <message>
            <source>Reason for a &amp;new flag</source>
            <translation>Grund für einen &amp;neuen Dosisstopp</translation>
        </message>
        <message>
            <source>Reason for l&amp;ifting</source>
            <translation>Grund für die Auf&amp;hebung</translation>
        </message>
        <message>
            <source>Review after a break</source>
            <translation>Überprüfung nach einer Pause</translation>
        </message>
        <message>
            <source>Reviews after a break on record</source>
            <translation>Erfasste Überprüfungen nach einer Pause</translation>
        </message>
        <message>
            <source>What the review after a break found</source>
            <translation>Was die Überprüfung nach einer Pause ergab</translation>
        </message>
        <message>
            <source>e.g. re-titration confirmed by the physician</source>
            <translation>z. B. Neueinstellung ärztlich bestätigt</translation>
        </message>
        <message>
            <source>Record the &amp;review</source>
            <translation>Überprüfung e&amp;rfassen</translation>
        </message>
        <message>
            <source>Record the review after a break</source>
            <translation>Die Überprüfung nach einer Pause erfassen</translation>
        </message>
        <message>
            <source>&amp;What the review found</source>
            <translation>&amp;Was die Überprüfung ergab</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Su&amp;chen</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patienten</translation>
        </message>
        <message>
            <source>No patient on the roster matches.</source>
            <translation>Kein Patient auf der Liste passt.</translation>
        </message>
        <message>
            <source>{clinic_id}: {name}, born {birth}</source>
            <translation>{clinic_id}: {name}, geboren {birth}</translation>
        </message>
        <message>
            <source>staff of another station</source>
            <translation>Personal einer anderen Station</translation>
        </message>
        <message>
            <source>{reason} — set by {who}, {time}</source>
            <translation>{reason} — gesetzt von {who}, {time}</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Kein Dosisstopp gesetzt.</translation>
        </message>
        <message>
            <source>Last review after a break: {time}</source>
            <translation>Letzte Überprüfung nach einer Pause: {time}</translation>
        </message>
        <message>
            <source>No review after a break on record.</source>
            <translation>Keine Überprüfung nach einer Pause erfasst.</translation>
        </message>
        <message>
            <source>Choose a patient first.</source>
            <translation>Wählen Sie zuerst einen Patienten.</translation>
        </message>
        <message>
            <source>Stop-dose flag set: no dose until a clinic lead lifts it.</source>
            <translation>Dosisstopp gesetzt: keine Dosis, bis die Klinikleitung ihn aufhebt.</translation>
        </message>
        <message>
            <source>Choose a patient and one of their stop-dose flags first.</source>
            <translation>Wählen Sie zuerst einen Patienten und einen seiner Dosisstopps.</translation>
        </message>
        <message>
            <source>Stop-dose flag lifted.</source>
            <translation>Dosisstopp aufgehoben.</translation>
        </message>
        <message>
            <source>The review after the break is recorded.</source>
            <translation>Die Überprüfung nach der Pause ist erfasst.</translation>
        </message>
    </context>
    <context>
        <name>PatientPanel</name>
        <message>
            <source>Patient photo</source>
            <translation>Patientenfoto</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Name des Patienten</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-ID</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Verordnung</translation>
        </message>
        <message>
            <source>Doses today</source>
            <translation>Dosen heute</translation>
        </message>
        <message>
            <source>Time since last dose</source>
            <translation>Zeit seit der letzten Dosis</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Versäumte Tage</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>No patient yet: scan a card.</source>
            <translation>Noch kein Patient: Scannen Sie eine Karte.</translation>
        </message>
        <message>
            <source>No patient</source>
            <translation>Kein Patient</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message numerus="yes">
            <source>%n dose(s), {total}</source>
            <translation>
                <numerusform>%n Dosis, {total}</numerusform>
                <numerusform>%n Dosen, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Letzte Dosis</translation>
        </message>
        <message>
            <source>No photo on record: initials</source>
            <translation>Kein Foto erfasst: Initialen</translation>
        </message>
        <message>
            <source>none active today</source>
            <translation>heute keine aktiv</translation>
        </message>
        <message>
            <source>{drug}: {session} per session, {day} per day, {n} sessions ({phase})</source>
            <translation>{drug}: {session} pro Zeitfenster, {day} pro Tag, {n} Zeitfenster ({phase})</translation>
        </message>
        <message>
            <source>STOP-DOSE: {reason}</source>
            <translation>DOSISSTOPP: {reason}</translation>
        </message>
        <message>
            <source>{n} days missed</source>
            <translation>{n} Tage versäumt</translation>
        </message>
        <message>
            <source>still under observation</source>
            <translation>noch unter Beobachtung</translation>
        </message>
        <message>
            <source>home station is another station</source>
            <translation>Stammstation ist eine andere Station</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>PharmacyWorkspace</name>
        <message>
            <source>Pharmacy</source>
            <translation>Apotheke</translation>
        </message>
        <message>
            <source>Pharmacy — {name}</source>
            <translation>Apotheke — {name}</translation>
        </message>
        <message>
            <source>Pharmacy tasks</source>
            <translation>Aufgaben der Apotheke</translation>
        </message>
        <message>
            <source>&amp;1 Receive</source>
            <translation>&amp;1 Empfang</translation>
        </message>
        <message>
            <source>&amp;2 Reconstitute</source>
            <translation>&amp;2 Rekonstitution</translation>
        </message>
        <message>
            <source>&amp;3 Waste and destruction</source>
            <translation>&amp;3 Verwurf und Vernichtung</translation>
        </message>
        <message>
            <source>&amp;4 Count</source>
            <translation>&amp;4 Zählung</translation>
        </message>
        <message>
            <source>&amp;5 Register</source>
            <translation>&amp;5 BtM-Buch</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Dose plan (optional)</source>
            <translation>Dosisplan (optional)</translation>
        </message>
        <message>
            <source>Dose plan</source>
            <translation>Dosisplan</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Kein Plan</translation>
        </message>
        <message>
            <source>Titration: rise by mg</source>
            <translation>Titration: Steigerung in mg</translation>
        </message>
        <message>
            <source>Taper: fall by percent</source>
            <translation>Ausschleichen: Senkung in Prozent</translation>
        </message>
        <message>
            <source>Plan starts on</source>
            <translation>Plan beginnt am</translation>
        </message>
        <message>
            <source>First day's amount in mg</source>
            <translation>Menge am ersten Tag in mg</translation>
        </message>
        <message>
            <source>mg per day</source>
            <translation>mg pro Tag</translation>
        </message>
        <message>
            <source>Rise per step in mg</source>
            <translation>Steigerung pro Schritt in mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Fall per step in percent</source>
            <translation>Senkung pro Schritt in Prozent</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Days between steps</source>
            <translation>Tage zwischen den Schritten</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Ceiling or floor in mg</source>
            <translation>Ober- oder Untergrenze in mg</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>Daily cap</source>
            <translation>Tagesgrenze</translation>
        </message>
        <message>
            <source>Dated steps of the plan</source>
            <translation>Datierte Schritte des Plans</translation>
        </message>
        <message>
            <source>Dose plan message</source>
            <translation>Meldung zum Dosisplan</translation>
        </message>
        <message>
            <source>Dose p&amp;lan</source>
            <translation>D&amp;osisplan</translation>
        </message>
        <message>
            <source>Plan s&amp;tarts on</source>
            <translation>Plan &amp;beginnt am</translation>
        </message>
        <message>
            <source>First day's &amp;amount (mg)</source>
            <translation>Menge am &amp;ersten Tag (mg)</translation>
        </message>
        <message>
            <source>&amp;Rise per step (mg)</source>
            <translation>Steige&amp;rung pro Schritt (mg)</translation>
        </message>
        <message>
            <source>Fall pe&amp;r step (%)</source>
            <translation>Senkung pro Sch&amp;ritt (%)</translation>
        </message>
        <message>
            <source>Step &amp;every (days)</source>
            <translation>S&amp;chritt alle (Tage)</translation>
        </message>
        <message>
            <source>&amp;Goes up to (mg per day)</source>
            <translation>Steigt bis Ziel&amp;dosis (mg pro Tag)</translation>
        </message>
        <message>
            <source>Dated steps of the pla&amp;n</source>
            <translation>Plan&amp;übersicht nach Datum</translation>
        </message>
        <message>
            <source>&amp;Goes down to (mg per day)</source>
            <translation>Sinkt bis Ziel&amp;dosis (mg pro Tag)</translation>
        </message>
        <message>
            <source>Type the day the plan starts (dd.mm.yyyy).</source>
            <translation>Geben Sie den Tag ein, an dem der Plan beginnt (tt.mm.jjjj).</translation>
        </message>
        <message>
            <source>Type the plan's first day's amount in mg.</source>
            <translation>Geben Sie die Menge am ersten Tag des Plans in mg ein.</translation>
        </message>
        <message>
            <source>Type how many mg the plan rises per step.</source>
            <translation>Geben Sie ein, um wie viele mg der Plan pro Schritt steigt.</translation>
        </message>
        <message>
            <source>Type by how many percent the plan falls per step.</source>
            <translation>Geben Sie ein, um wie viel Prozent der Plan pro Schritt sinkt.</translation>
        </message>
        <message>
            <source>Type every how many days the plan takes a step.</source>
            <translation>Geben Sie ein, alle wie viele Tage der Plan einen Schritt macht.</translation>
        </message>
        <message>
            <source>Type the ceiling of the titration in mg per day.</source>
            <translation>Geben Sie die Obergrenze der Titration in mg pro Tag ein.</translation>
        </message>
        <message>
            <source>Type the floor of the taper in mg per day.</source>
            <translation>Geben Sie die Untergrenze des Ausschleichens in mg pro Tag ein.</translation>
        </message>
        <message>
            <source>The plan starts after the order's last day.</source>
            <translation>Der Plan beginnt nach dem letzten Tag der Verordnung.</translation>
        </message>
    </context>
    <context>
        <name>PortsPanel</name>
        <message>
            <source>Serial ports</source>
            <translation>Serielle Anschlüsse</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Anschluss</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>VID:PID</source>
            <translation>VID:PID</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>USB location</source>
            <translation>USB-Position</translation>
        </message>
        <message>
            <source>&amp;List ports</source>
            <translation>Anschlüsse auf&amp;listen</translation>
        </message>
        <message>
            <source>List the serial ports</source>
            <translation>Die seriellen Anschlüsse auflisten</translation>
        </message>
        <message>
            <source>Scale port</source>
            <translation>Anschluss der Waage</translation>
        </message>
        <message>
            <source>Scale protocol</source>
            <translation>Protokoll der Waage</translation>
        </message>
        <message>
            <source>Printer port</source>
            <translation>Anschluss des Druckers</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Waage</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>Scanner port</source>
            <translation>Anschluss des Scanners</translation>
        </message>
        <message>
            <source>empty: keyboard only</source>
            <translation>leer: nur Tastatur</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>&amp;Save device profile</source>
            <translation>Geräteprofil &amp;speichern</translation>
        </message>
        <message>
            <source>Save the device profile</source>
            <translation>Das Geräteprofil speichern</translation>
        </message>
        <message>
            <source>Device profile message</source>
            <translation>Meldung zum Geräteprofil</translation>
        </message>
        <message>
            <source>Device profile</source>
            <translation>Geräteprofil</translation>
        </message>
        <message>
            <source>Scale &amp;port</source>
            <translation>Waagen&amp;anschluss</translation>
        </message>
        <message>
            <source>Scale p&amp;rotocol</source>
            <translation>Waagen&amp;protokoll</translation>
        </message>
        <message>
            <source>Scale line</source>
            <translation>Leitung der Waage</translation>
        </message>
        <message>
            <source>Pri&amp;nter port</source>
            <translation>&amp;Druckeranschluss</translation>
        </message>
        <message>
            <source>Sc&amp;anner port</source>
            <translation>S&amp;canneranschluss</translation>
        </message>
        <message>
            <source>Printer line</source>
            <translation>Leitung des Druckers</translation>
        </message>
        <message>
            <source>Scanner line</source>
            <translation>Leitung des Scanners</translation>
        </message>
        <message numerus="yes">
            <source>%n serial port(s) found; double-click one to use it for the scale.</source>
            <translation>
                <numerusform>%n serieller Anschluss gefunden; doppelklicken Sie darauf, um ihn für die Waage zu verwenden.</numerusform>
                <numerusform>%n serielle Anschlüsse gefunden; doppelklicken Sie auf einen, um ihn für die Waage zu verwenden.</numerusform>
            </translation>
        </message>
        <message>
            <source>scale</source>
            <translation>Waage</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud with {protocol}: choose one of {speeds}.</source>
            <translation>{device}: {baud} Baud sind mit {protocol} nicht möglich: Wählen Sie eine von {speeds}.</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud: choose one of {speeds}.</source>
            <translation>{device}: {baud} Baud sind nicht möglich: Wählen Sie eine von {speeds}.</translation>
        </message>
        <message>
            <source>Device profile saved; the devices use it from the next start.</source>
            <translation>Geräteprofil gespeichert; die Geräte verwenden es ab dem nächsten Start.</translation>
        </message>
    </context>
    <context>
        <name>PrepareStep</name>
        <message>
            <source>overfilled</source>
            <translation>überfüllt</translation>
        </message>
        <message>
            <source>underfilled</source>
            <translation>unterfüllt</translation>
        </message>
        <message>
            <source>air bubble in the syringe</source>
            <translation>Luftblase in der Spritze</translation>
        </message>
        <message>
            <source>syringe touched the scale's draught shield</source>
            <translation>Spritze hat den Windschutz der Waage berührt</translation>
        </message>
        <message>
            <source>other</source>
            <translation>anderes</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>ÜBERLAST</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>UNTERLAST</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>FEHLER</translation>
        </message>
        <message>
            <source>Prepare and weigh the dose</source>
            <translation>Dosis vorbereiten und wiegen</translation>
        </message>
        <message>
            <source>Preparation step</source>
            <translation>Schritt Vorbereitung</translation>
        </message>
        <message>
            <source>Solution batch</source>
            <translation>Lösungscharge</translation>
        </message>
        <message>
            <source>Batch details</source>
            <translation>Angaben zur Charge</translation>
        </message>
        <message>
            <source>Expected volume and mass</source>
            <translation>Erwartetes Volumen und erwartete Masse</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Was jetzt zu tun ist</translation>
        </message>
        <message>
            <source>Live weight</source>
            <translation>Aktuelles Gewicht</translation>
        </message>
        <message>
            <source>Weight stability</source>
            <translation>Stabilität des Gewichts</translation>
        </message>
        <message>
            <source>&amp;Tare empty syringe</source>
            <translation>Leere Spritze &amp;tarieren</translation>
        </message>
        <message>
            <source>Tare the empty syringe</source>
            <translation>Die leere Spritze tarieren</translation>
        </message>
        <message>
            <source>&amp;Accept weight</source>
            <translation>Gewicht &amp;annehmen</translation>
        </message>
        <message>
            <source>Accept the weight</source>
            <translation>Das Gewicht annehmen</translation>
        </message>
        <message>
            <source>Weighing message</source>
            <translation>Meldung zur Wägung</translation>
        </message>
        <message>
            <source>Why the syringe is prepared again</source>
            <translation>Warum die Spritze erneut vorbereitet wird</translation>
        </message>
        <message>
            <source>&amp;Redo with this reason</source>
            <translation>Mit dieser Begründung &amp;wiederholen</translation>
        </message>
        <message>
            <source>Prepare again</source>
            <translation>Erneut vorbereiten</translation>
        </message>
        <message>
            <source>Continue to &amp;label</source>
            <translation>Weiter zum Eti&amp;kett</translation>
        </message>
        <message>
            <source>Continue to label</source>
            <translation>Weiter zum Etikett</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Besuch be&amp;enden</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Besuch beenden</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Charge</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>Reading the solution batches…</source>
            <translation>Lösungschargen werden gelesen…</translation>
        </message>
        <message>
            <source>The solution batches could not be read: {error}</source>
            <translation>Die Lösungschargen konnten nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>No usable solution batch: ask the pharmacist to prepare one.</source>
            <translation>Keine verwendbare Lösungscharge: Bitten Sie die Apotheke, eine herzustellen.</translation>
        </message>
        <message>
            <source>Lot {lot}, {concentration}, density {density}, use by {expiry}</source>
            <translation>Charge {lot}, {concentration}, Dichte {density}, verwendbar bis {expiry}</translation>
        </message>
        <message>
            <source>1. Put the empty syringe on the scale and press Tare.  2. Fill it to {volume} and put it back on the scale.  3. Press Accept when the weight is stable.</source>
            <translation>1. Legen Sie die leere Spritze auf die Waage und drücken Sie Tarieren.  2. Füllen Sie sie auf {volume} und legen Sie sie wieder auf die Waage.  3. Drücken Sie Annehmen, wenn das Gewicht stabil ist.</translation>
        </message>
        <message>
            <source>NO SCALE</source>
            <translation>KEINE WAAGE</translation>
        </message>
        <message>
            <source>The scale is connected again. Tare the empty syringe again.</source>
            <translation>Die Waage ist wieder verbunden. Tarieren Sie die leere Spritze erneut.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABIL</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>schwankt…</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Wird tariert…</translation>
        </message>
        <message>
            <source>Tared. Fill the syringe, put it on the scale, then press Accept.</source>
            <translation>Tariert. Füllen Sie die Spritze, legen Sie sie auf die Waage und drücken Sie dann Annehmen.</translation>
        </message>
        <message>
            <source>Waiting for a stable, confirmed weight…</source>
            <translation>Warten auf ein stabiles, bestätigtes Gewicht…</translation>
        </message>
        <message>
            <source>Accepted: {measured} = {mg} prepared. {explanation}</source>
            <translation>Angenommen: {measured} = {mg} vorbereitet. {explanation}</translation>
        </message>
        <message>
            <source>Not accepted, outside the tolerance: {explanation} Choose why and prepare again.</source>
            <translation>Nicht angenommen, außerhalb der Toleranz: {explanation} Wählen Sie den Grund und bereiten Sie erneut vor.</translation>
        </message>
        <message>
            <source>No weight accepted: {why}</source>
            <translation>Kein Gewicht angenommen: {why}</translation>
        </message>
        <message>
            <source>Adjust the syringe and press Accept again.</source>
            <translation>Korrigieren Sie die Spritze und drücken Sie erneut Annehmen.</translation>
        </message>
        <message>
            <source>The redo was not recorded: {error}. It is kept with the dose.</source>
            <translation>Die Wiederholung wurde nicht erfasst: {error}. Sie wird mit der Dosis gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Prescriber</name>
        <message>
            <source>induction</source>
            <translation>Eindosierung</translation>
        </message>
        <message>
            <source>titration</source>
            <translation>Titration</translation>
        </message>
        <message>
            <source>maintenance</source>
            <translation>Erhaltung</translation>
        </message>
        <message>
            <source>taper</source>
            <translation>Ausschleichen</translation>
        </message>
        <message>
            <source>clinic's default</source>
            <translation>Standard der Klinik</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>tt.mm.jjjj</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspace</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Arbeitsplatz der Verordnenden</translation>
        </message>
        <message>
            <source>Prescriber — {name}</source>
            <translation>Verordnung — {name}</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Was Aufmerksamkeit braucht</translation>
        </message>
        <message>
            <source>Patients and their active orders</source>
            <translation>Patienten und ihre aktiven Verordnungen</translation>
        </message>
        <message>
            <source>Orders due for review</source>
            <translation>Zur Überprüfung fällige Verordnungen</translation>
        </message>
        <message>
            <source>Orders expiring soon</source>
            <translation>Bald ablaufende Verordnungen</translation>
        </message>
        <message>
            <source>Expired orders</source>
            <translation>Abgelaufene Verordnungen</translation>
        </message>
        <message>
            <source>Prescriber's lists</source>
            <translation>Listen der Verordnenden</translation>
        </message>
        <message>
            <source>Prescriber message</source>
            <translation>Meldung zur Verordnung</translation>
        </message>
        <message>
            <source>The chosen order</source>
            <translation>Die gewählte Verordnung</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-ID</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Arzneimittel und Form</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Pro Zeitfenster</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pro Tag</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Zeitfenster</translation>
        </message>
        <message>
            <source>Minimum interval</source>
            <translation>Mindestabstand</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gültig bis</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Überprüfung am</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signiert von</translation>
        </message>
        <message>
            <source>&amp;New order…</source>
            <translation>&amp;Neue Verordnung…</translation>
        </message>
        <message>
            <source>Write a new order</source>
            <translation>Eine neue Verordnung schreiben</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Ändern…</translation>
        </message>
        <message>
            <source>Change the chosen order</source>
            <translation>Die gewählte Verordnung ändern</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Verlängern…</translation>
        </message>
        <message>
            <source>Renew the chosen order</source>
            <translation>Die gewählte Verordnung verlängern</translation>
        </message>
        <message>
            <source>S&amp;top…</source>
            <translation>&amp;Beenden…</translation>
        </message>
        <message>
            <source>Stop the chosen order</source>
            <translation>Die gewählte Verordnung beenden</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Read the lists again</source>
            <translation>Die Listen erneut lesen</translation>
        </message>
        <message>
            <source>&amp;1 Patients and active orders</source>
            <translation>&amp;1 Patienten und aktive Verordnungen</translation>
        </message>
        <message>
            <source>&amp;2 Reviews due ({n})</source>
            <translation>&amp;2 Fällige Überprüfungen ({n})</translation>
        </message>
        <message>
            <source>&amp;3 Expiring within {days} days ({n})</source>
            <translation>&amp;3 Ablauf innerhalb von {days} Tagen ({n})</translation>
        </message>
        <message>
            <source>&amp;4 Expired ({n})</source>
            <translation>&amp;4 Abgelaufen ({n})</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>Überprüfung fällig</translation>
        </message>
        <message>
            <source>expiring</source>
            <translation>läuft bald ab</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>{patients} patients, {active} active orders; {reviews} reviews due, {expiring} expiring within {days} days, {expired} expired (today {today}).</source>
            <translation>{patients} Patienten, {active} aktive Verordnungen; {reviews} Überprüfungen fällig, {expiring} laufen innerhalb von {days} Tagen ab, {expired} abgelaufen (heute {today}).</translation>
        </message>
        <message>
            <source>not on this station's roster</source>
            <translation>nicht auf der Liste dieser Station</translation>
        </message>
        <message>
            <source>no signed order</source>
            <translation>keine signierte Verordnung</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>+{step} every {days} d up to {target}</source>
            <translation>+{step} alle {days} T bis {target}</translation>
        </message>
        <message>
            <source>−{percent} % every {days} d down to {target}</source>
            <translation>−{percent} % alle {days} T bis {target}</translation>
        </message>
        <message>
            <source>brought over, unsigned</source>
            <translation>übernommen, nicht signiert</translation>
        </message>
        <message>
            <source>{clinic_id}: no signed order active today.</source>
            <translation>{clinic_id}: heute keine signierte Verordnung aktiv.</translation>
        </message>
        <message>
            <source>{clinic_id} {name}: {drug}, {session} per session, {day} per day, {sessions} sessions, interval {interval}; valid {start} to {end}; review {review}; plan: {plan}. Note for the counter: {note}. Version {version}, signed as prescribed by {signer} on {signed_day} at {signed_time}.</source>
            <translation>{clinic_id} {name}: {drug}, {session} pro Zeitfenster, {day} pro Tag, {sessions} Zeitfenster, Abstand {interval}; gültig {start} bis {end}; Überprüfung {review}; Plan: {plan}. Notiz für die Ausgabe: {note}. Version {version}, als verordnet signiert von {signer} am {signed_day} um {signed_time}.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>unbefristet</translation>
        </message>
        <message>
            <source>Choose an order in the list first.</source>
            <translation>Wählen Sie zuerst eine Verordnung in der Liste.</translation>
        </message>
        <message>
            <source>Order signed: version {version} by {name}.</source>
            <translation>Verordnung signiert: Version {version} von {name}.</translation>
        </message>
        <message>
            <source>Scans are not used in the prescriber's workspace.</source>
            <translation>Im Arbeitsplatz der Verordnenden werden keine Scans verwendet.</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspaceDialog</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Arbeitsplatz der Verordnenden</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>Sch&amp;ließen</translation>
        </message>
        <message>
            <source>Close the prescriber's workspace</source>
            <translation>Den Arbeitsplatz der Verordnenden schließen</translation>
        </message>
    </context>
    <context>
        <name>PrinterChecks</name>
        <message>
            <source>Label printer</source>
            <translation>Etikettendrucker</translation>
        </message>
        <message>
            <source>Printer checks</source>
            <translation>Druckerprüfungen</translation>
        </message>
        <message>
            <source>Ask the printer</source>
            <translation>Den Drucker abfragen</translation>
        </message>
        <message>
            <source>Printer stat&amp;us</source>
            <translation>Drucker&amp;status</translation>
        </message>
        <message>
            <source>Print a test label</source>
            <translation>Ein Testetikett drucken</translation>
        </message>
        <message>
            <source>Print a test la&amp;bel</source>
            <translation>&amp;Testetikett drucken</translation>
        </message>
        <message>
            <source>Configuration &amp;dump</source>
            <translation>Konfiguration &amp;ausgeben</translation>
        </message>
        <message>
            <source>Show the printer's configuration</source>
            <translation>Die Konfiguration des Druckers anzeigen</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Druckerstatus</translation>
        </message>
        <message>
            <source>Printer configuration</source>
            <translation>Druckerkonfiguration</translation>
        </message>
        <message>
            <source>Printer message</source>
            <translation>Meldung des Druckers</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Kein Drucker verbunden.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>not ready: {faults}</source>
            <translation>nicht bereit: {faults}</translation>
        </message>
        <message>
            <source>{ready}. Formats in buffer {formats}, labels remaining {labels}, label length {length} dots, {mode}; printer line {baud} baud {bits} data bits parity {parity}.</source>
            <translation>{ready}. Formate im Puffer {formats}, verbleibende Etiketten {labels}, Etikettenlänge {length} Punkte, {mode}; Druckerleitung {baud} Baud {bits} Datenbits Parität {parity}.</translation>
        </message>
        <message>
            <source>The printer answered.</source>
            <translation>Der Drucker hat geantwortet.</translation>
        </message>
        <message>
            <source>Test label printed: {bytes} bytes in {seconds} s.</source>
            <translation>Testetikett gedruckt: {bytes} Byte in {seconds} s.</translation>
        </message>
        <message>
            <source>Configuration read.</source>
            <translation>Konfiguration gelesen.</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-ID</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Gewartet</translation>
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
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>Check in a patient</source>
            <translation>Patienten einchecken</translation>
        </message>
        <message>
            <source>scan a card or type a clinic number</source>
            <translation>Karte scannen oder Kliniknummer eingeben</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Einchecken</translation>
        </message>
        <message>
            <source>Check the patient in</source>
            <translation>Den Patienten einchecken</translation>
        </message>
        <message>
            <source>Patients waiting</source>
            <translation>Wartende Patienten</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>Nächsten aufrufen</translation>
        </message>
        <message>
            <source>Call the next patient due</source>
            <translation>Den nächsten fälligen Patienten aufrufen</translation>
        </message>
        <message>
            <source>Call the patient who has waited longest of those due ({key})</source>
            <translation>Den Patienten aufrufen, der von den fälligen am längsten wartet ({key})</translation>
        </message>
        <message>
            <source>Went away</source>
            <translation>Gegangen</translation>
        </message>
        <message>
            <source>The chosen patient left the queue</source>
            <translation>Der gewählte Patient hat die Warteschlange verlassen</translation>
        </message>
        <message>
            <source>Queue message</source>
            <translation>Meldung zur Warteschlange</translation>
        </message>
        <message>
            <source>Scan a card or type a clinic number first.</source>
            <translation>Scannen Sie zuerst eine Karte oder geben Sie eine Kliniknummer ein.</translation>
        </message>
        <message>
            <source>{clinic_id} is in the queue.</source>
            <translation>{clinic_id} ist in der Warteschlange.</translation>
        </message>
        <message>
            <source>Nobody due is waiting.</source>
            <translation>Niemand Fälliges wartet.</translation>
        </message>
        <message>
            <source>Called {clinic_id}.</source>
            <translation>{clinic_id} aufgerufen.</translation>
        </message>
        <message>
            <source>{clinic_id} checked in without a card: scan it at the window.</source>
            <translation>{clinic_id} ohne Karte eingecheckt: Scannen Sie sie am Schalter.</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Wählen Sie zuerst den Patienten in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>RawMonitor</name>
        <message>
            <source>Start raw monitor</source>
            <translation>Rohmonitor starten</translation>
        </message>
        <message>
            <source>Start or stop the {device}'s raw monitor</source>
            <translation>Den Rohmonitor für {device} starten oder stoppen</translation>
        </message>
        <message>
            <source>Raw traffic of the {device}</source>
            <translation>Rohdatenverkehr: {device}</translation>
        </message>
        <message>
            <source>Stop raw monitor</source>
            <translation>Rohmonitor stoppen</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>identified by clinic card and photo</source>
            <translation>identifiziert mit Klinikkarte und Foto</translation>
        </message>
        <message>
            <source>identified by name and birth date, with a witness</source>
            <translation>identifiziert mit Name und Geburtsdatum, mit Zeugen</translation>
        </message>
        <message>
            <source>identified without a card and without a witness</source>
            <translation>ohne Karte und ohne Zeugen identifiziert</translation>
        </message>
        <message>
            <source>the witness is the person who identified</source>
            <translation>der Zeuge ist die Person, die identifiziert hat</translation>
        </message>
        <message>
            <source>identity not confirmed</source>
            <translation>Identität nicht bestätigt</translation>
        </message>
        <message>
            <source>one active prescription for the drug</source>
            <translation>eine aktive Verordnung für das Arzneimittel</translation>
        </message>
        <message>
            <source>no active prescription for the drug on this day</source>
            <translation>an diesem Tag keine aktive Verordnung für das Arzneimittel</translation>
        </message>
        <message>
            <source>more than one active prescription for the drug</source>
            <translation>mehr als eine aktive Verordnung für das Arzneimittel</translation>
        </message>
        <message>
            <source>no stop-dose flag</source>
            <translation>kein Dosisstopp</translation>
        </message>
        <message>
            <source>a stop-dose flag is set</source>
            <translation>ein Dosisstopp ist gesetzt</translation>
        </message>
        <message>
            <source>this station holds the (patient, session) lease</source>
            <translation>diese Station hält die Reservierung (Patient, Zeitfenster)</translation>
        </message>
        <message>
            <source>another station holds the (patient, session) lease</source>
            <translation>eine andere Station hält die Reservierung (Patient, Zeitfenster)</translation>
        </message>
        <message>
            <source>offline, and this is the patient's home station</source>
            <translation>offline, und dies ist die Stammstation des Patienten</translation>
        </message>
        <message>
            <source>offline, and this is not the patient's home station</source>
            <translation>offline, und dies ist nicht die Stammstation des Patienten</translation>
        </message>
        <message>
            <source>no dose yet in this session</source>
            <translation>noch keine Dosis in diesem Zeitfenster</translation>
        </message>
        <message>
            <source>outside every session window</source>
            <translation>außerhalb aller Ausgabezeitfenster</translation>
        </message>
        <message>
            <source>a full dose was already given in this session</source>
            <translation>in diesem Zeitfenster wurde bereits eine volle Dosis gegeben</translation>
        </message>
        <message>
            <source>a partial dose was given in this session</source>
            <translation>in diesem Zeitfenster wurde eine Teildosis gegeben</translation>
        </message>
        <message>
            <source>the prescribed sessions for the day are used up</source>
            <translation>die verordneten Zeitfenster des Tages sind ausgeschöpft</translation>
        </message>
        <message>
            <source>induction day 1: several doses per session</source>
            <translation>Eindosierung Tag 1: mehrere Dosen pro Zeitfenster</translation>
        </message>
        <message>
            <source>the previous observation is closed</source>
            <translation>die vorige Beobachtung ist abgeschlossen</translation>
        </message>
        <message>
            <source>the previous observation is still open</source>
            <translation>die vorige Beobachtung ist noch offen</translation>
        </message>
        <message>
            <source>induction day 1: observation continues</source>
            <translation>Eindosierung Tag 1: Beobachtung läuft weiter</translation>
        </message>
        <message>
            <source>no pre-dose assessment</source>
            <translation>keine Beurteilung vor der Dosis</translation>
        </message>
        <message>
            <source>the pre-dose assessment is too old (or in the future)</source>
            <translation>die Beurteilung vor der Dosis ist zu alt (oder liegt in der Zukunft)</translation>
        </message>
        <message>
            <source>assessment negative</source>
            <translation>Beurteilung unauffällig</translation>
        </message>
        <message>
            <source>severe sedation: refused</source>
            <translation>schwere Sedierung: abgelehnt</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule refuses</source>
            <translation>intoxikiert; Klinikregel lehnt ab</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule reduces the dose</source>
            <translation>intoxikiert; Klinikregel reduziert die Dosis</translation>
        </message>
        <message>
            <source>intoxicated; proposed dose above the reduced dose</source>
            <translation>intoxikiert; vorgeschlagene Dosis über der reduzierten Dosis</translation>
        </message>
        <message>
            <source>the proposed dose is 0 mg</source>
            <translation>die vorgeschlagene Dosis ist 0 mg</translation>
        </message>
        <message>
            <source>within the prescribed per-session maximum</source>
            <translation>innerhalb des verordneten Maximums pro Zeitfenster</translation>
        </message>
        <message>
            <source>above the prescribed per-session maximum</source>
            <translation>über dem verordneten Maximum pro Zeitfenster</translation>
        </message>
        <message>
            <source>within every daily maximum</source>
            <translation>innerhalb aller Tagesmaxima</translation>
        </message>
        <message>
            <source>above the prescription's daily maximum</source>
            <translation>über dem Tagesmaximum der Verordnung</translation>
        </message>
        <message>
            <source>above the clinic's daily DAM maximum</source>
            <translation>über dem DAM-Tagesmaximum der Klinik</translation>
        </message>
        <message>
            <source>above the clinic's daily methadone maximum alongside DAM</source>
            <translation>über dem Methadon-Tagesmaximum der Klinik neben DAM</translation>
        </message>
        <message>
            <source>no earlier dose on record</source>
            <translation>keine frühere Dosis erfasst</translation>
        </message>
        <message>
            <source>the minimum interval has passed</source>
            <translation>der Mindestabstand ist verstrichen</translation>
        </message>
        <message>
            <source>top-up after a partial dose in the same session</source>
            <translation>Ergänzung nach einer Teildosis im selben Zeitfenster</translation>
        </message>
        <message>
            <source>the minimum interval has not passed</source>
            <translation>der Mindestabstand ist nicht verstrichen</translation>
        </message>
        <message>
            <source>induction: first dose cap</source>
            <translation>Eindosierung: Obergrenze erste Dosis</translation>
        </message>
        <message>
            <source>induction: second dose cap</source>
            <translation>Eindosierung: Obergrenze zweite Dosis</translation>
        </message>
        <message>
            <source>induction day 1: per-dose cap</source>
            <translation>Eindosierung Tag 1: Obergrenze pro Dosis</translation>
        </message>
        <message>
            <source>induction: above the cap</source>
            <translation>Eindosierung: über der Obergrenze</translation>
        </message>
        <message>
            <source>induction day 1: doses too close together</source>
            <translation>Eindosierung Tag 1: Dosen zu dicht beieinander</translation>
        </message>
        <message>
            <source>induction phase past day 1: titration rules apply</source>
            <translation>Eindosierung nach Tag 1: Titrationsregeln gelten</translation>
        </message>
        <message>
            <source>titration: within 50 % of yesterday's total</source>
            <translation>Titration: innerhalb von 50 % der gestrigen Gesamtmenge</translation>
        </message>
        <message>
            <source>titration: above 50 % of yesterday's total</source>
            <translation>Titration: über 50 % der gestrigen Gesamtmenge</translation>
        </message>
        <message>
            <source>titration: nothing given yesterday</source>
            <translation>Titration: gestern nichts gegeben</translation>
        </message>
        <message>
            <source>titration: within the allowed rise over the last dose</source>
            <translation>Titration: innerhalb der erlaubten Steigerung gegenüber der letzten Dosis</translation>
        </message>
        <message>
            <source>titration: above the allowed rise over the last dose</source>
            <translation>Titration: über der erlaubten Steigerung gegenüber der letzten Dosis</translation>
        </message>
        <message>
            <source>titration: no earlier dose to rise from</source>
            <translation>Titration: keine frühere Dosis als Ausgangspunkt</translation>
        </message>
        <message>
            <source>fewer missed days than the warning threshold</source>
            <translation>weniger versäumte Tage als die Warnschwelle</translation>
        </message>
        <message>
            <source>a new induction after a break</source>
            <translation>eine neue Eindosierung nach einer Pause</translation>
        </message>
        <message>
            <source>consecutive missed days: first warning threshold</source>
            <translation>aufeinanderfolgende versäumte Tage: erste Warnschwelle</translation>
        </message>
        <message>
            <source>consecutive missed days: second warning threshold</source>
            <translation>aufeinanderfolgende versäumte Tage: zweite Warnschwelle</translation>
        </message>
        <message>
            <source>after the break a clinician must review</source>
            <translation>nach der Pause ist eine ärztliche Überprüfung nötig</translation>
        </message>
        <message>
            <source>after the break the dose is capped</source>
            <translation>nach der Pause ist die Dosis begrenzt</translation>
        </message>
        <message>
            <source>after the break, above the cap</source>
            <translation>nach der Pause, über der Obergrenze</translation>
        </message>
        <message>
            <source>a clinician reviewed the patient after the break</source>
            <translation>der Patient wurde nach der Pause ärztlich überprüft</translation>
        </message>
        <message>
            <source>a dose in the history is stamped in the future: a clock is wrong</source>
            <translation>eine Dosis im Verlauf hat einen Zeitstempel in der Zukunft: eine Uhr geht falsch</translation>
        </message>
        <message>
            <source>this station's clock differs from the server's</source>
            <translation>die Uhr dieser Station weicht von der des Servers ab</translation>
        </message>
        <message>
            <source>within today's step of the prescriber's dose plan</source>
            <translation>innerhalb der heutigen Stufe des ärztlichen Dosisplans</translation>
        </message>
        <message>
            <source>above today's step of the prescriber's dose plan</source>
            <translation>über der heutigen Stufe des ärztlichen Dosisplans</translation>
        </message>
        <message>
            <source>the prescription ends within the warning days</source>
            <translation>die Verordnung endet innerhalb der Warntage</translation>
        </message>
        <message>
            <source>the prescriber's review day has passed</source>
            <translation>der ärztliche Überprüfungstag ist überschritten</translation>
        </message>
        <message>
            <source>A new induction started after the break; the induction rules apply.</source>
            <translation>Nach der Pause hat eine neue Eindosierung begonnen; die Eindosierungsregeln gelten.</translation>
        </message>
        <message>
            <source>Already dosed earlier today.</source>
            <translation>Heute bereits früher dosiert.</translation>
        </message>
        <message>
            <source>Another station is dosing this patient in this session right now; do not dose.</source>
            <translation>Eine andere Station dosiert diesen Patienten gerade in diesem Zeitfenster; nicht dosieren.</translation>
        </message>
        <message>
            <source>Enter a dose above 0 mg.</source>
            <translation>Geben Sie eine Dosis über 0 mg ein.</translation>
        </message>
        <message>
            <source>Identified without a card: a second staff member must witness the identification before dosing.</source>
            <translation>Ohne Karte identifiziert: Eine zweite Fachperson muss die Identifikation vor der Dosierung bezeugen.</translation>
        </message>
        <message>
            <source>Identity confirmed by name and birth date, witnessed by a second staff member.</source>
            <translation>Identität mit Name und Geburtsdatum bestätigt, bezeugt von einer zweiten Fachperson.</translation>
        </message>
        <message>
            <source>Identity confirmed with the clinic card and photo.</source>
            <translation>Identität mit Klinikkarte und Foto bestätigt.</translation>
        </message>
        <message>
            <source>Induction day 1 is over: the titration rules apply.</source>
            <translation>Eindosierung Tag 1 ist vorbei: Die Titrationsregeln gelten.</translation>
        </message>
        <message>
            <source>Induction day 1: several doses in one session are allowed under the induction rules.</source>
            <translation>Eindosierung Tag 1: Mehrere Dosen in einem Zeitfenster sind nach den Eindosierungsregeln erlaubt.</translation>
        </message>
        <message>
            <source>Induction day 1: the observation of the previous dose is still running; keep watching and restart it with this dose.</source>
            <translation>Eindosierung Tag 1: Die Beobachtung der vorigen Dosis läuft noch; beobachten Sie weiter und starten Sie sie mit dieser Dosis neu.</translation>
        </message>
        <message>
            <source>It is outside the clinic's dosing sessions: a second staff member must approve with a reason.</source>
            <translation>Es ist außerhalb der Ausgabezeitfenster der Klinik: Eine zweite Fachperson muss mit Begründung freigeben.</translation>
        </message>
        <message>
            <source>No earlier dose is on record.</source>
            <translation>Keine frühere Dosis erfasst.</translation>
        </message>
        <message>
            <source>No other station is dosing this patient in this session.</source>
            <translation>Keine andere Station dosiert diesen Patienten in diesem Zeitfenster.</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Kein Dosisstopp gesetzt.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: another station may already have dosed, so a second staff member must approve with a reason.</source>
            <translation>Offline, und dies ist nicht die Stammstation des Patienten: Eine andere Station hat vielleicht schon dosiert, daher muss eine zweite Fachperson mit Begründung freigeben.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: dose at the home station or wait until this station is back online.</source>
            <translation>Offline, und dies ist nicht die Stammstation des Patienten: Dosieren Sie an der Stammstation oder warten Sie, bis diese Station wieder online ist.</translation>
        </message>
        <message>
            <source>Offline: this is the patient's home station, so it may dose; doses given elsewhere show up after the next sync.</source>
            <translation>Offline: Dies ist die Stammstation des Patienten, sie darf also dosieren; anderswo gegebene Dosen erscheinen nach der nächsten Synchronisation.</translation>
        </message>
        <message>
            <source>Record the pre-dose assessment (sedation, and breath alcohol if used) first.</source>
            <translation>Erfassen Sie zuerst die Beurteilung vor der Dosis (Sedierung und, falls verwendet, Atemalkohol).</translation>
        </message>
        <message>
            <source>The last dose in this session was partial; the interval does not apply.</source>
            <translation>Die letzte Dosis in diesem Zeitfenster war eine Teildosis; der Abstand gilt nicht.</translation>
        </message>
        <message>
            <source>The patient's identity is not confirmed: scan the card, or identify with a witness.</source>
            <translation>Die Identität des Patienten ist nicht bestätigt: Scannen Sie die Karte oder identifizieren Sie mit Zeugen.</translation>
        </message>
        <message>
            <source>The previous observation is closed.</source>
            <translation>Die vorige Beobachtung ist abgeschlossen.</translation>
        </message>
        <message>
            <source>The previous observation is still open: discharge the patient from it first.</source>
            <translation>Die vorige Beobachtung ist noch offen: Entlassen Sie den Patienten zuerst daraus.</translation>
        </message>
        <message>
            <source>The witness must be a different staff member from the one who identified the patient.</source>
            <translation>Der Zeuge muss eine andere Fachperson sein als die, die den Patienten identifiziert hat.</translation>
        </message>
        <message>
            <source>Titration: no dose was given yesterday, so today's maximum cannot be set; a clinic lead must review.</source>
            <translation>Titration: Gestern wurde keine Dosis gegeben, daher kann das heutige Maximum nicht bestimmt werden; die Klinikleitung muss prüfen.</translation>
        </message>
        <message>
            <source>Titration: there is no earlier dose to rise from; a clinic lead must review.</source>
            <translation>Titration: Es gibt keine frühere Dosis als Ausgangspunkt; die Klinikleitung muss prüfen.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed today's step of the dose plan ({cap} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg würden die heutige Stufe des Dosisplans ({cap} mg) überschreiten: heute {given} mg gegeben, höchstens {remaining} mg mehr.</translation>
        </message>
        <message>
            <source>Today's step of the dose plan is {cap} mg: {given} mg given, up to {remaining} mg more.</source>
            <translation>Die heutige Stufe des Dosisplans ist {cap} mg: {given} mg gegeben, bis zu {remaining} mg mehr.</translation>
        </message>
        <message>
            <source>The prescription for {drug} ends on {until} ({days} day(s) left): ask the prescriber to renew it.</source>
            <translation>Die Verordnung für {drug} endet am {until} (noch {days} Tag(e)): Bitten Sie die verordnende Ärztin oder den verordnenden Arzt um Verlängerung.</translation>
        </message>
        <message>
            <source>The prescriber's review of this prescription was due on {review_on}: tell the prescriber.</source>
            <translation>Die ärztliche Überprüfung dieser Verordnung war am {review_on} fällig: Informieren Sie die verordnende Ärztin oder den verordnenden Arzt.</translation>
        </message>
        <message>
            <source>There is no active prescription for {drug} today.</source>
            <translation>Heute gibt es keine aktive Verordnung für {drug}.</translation>
        </message>
        <message>
            <source>There are {count} active prescriptions for {drug} today; a clinic lead must end all but one.</source>
            <translation>Heute gibt es {count} aktive Verordnungen für {drug}; die Klinikleitung muss alle bis auf eine beenden.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, until {until}.</source>
            <translation>Aktive Verordnung für {drug}: höchstens {per_session} mg pro Zeitfenster und {per_day} mg pro Tag, bis {until}.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, with no end date.</source>
            <translation>Aktive Verordnung für {drug}: höchstens {per_session} mg pro Zeitfenster und {per_day} mg pro Tag, ohne Enddatum.</translation>
        </message>
        <message>
            <source>A stop-dose flag is set ({flags}); a prescriber or a clinic lead lifts it.</source>
            <translation>Ein Dosisstopp ist gesetzt ({flags}); die verordnende Ärztin, der verordnende Arzt oder die Klinikleitung hebt ihn auf.</translation>
        </message>
        <message>
            <source>This station's clock is {ahead_by} ahead of the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>Die Uhr dieser Station geht {ahead_by} vor gegenüber der des zentralen Servers: Für diesen Besuch wird die Zeit des Servers verwendet. Lassen Sie die Uhr der Station richtig stellen.</translation>
        </message>
        <message>
            <source>This station's clock is {behind_by} behind the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>Die Uhr dieser Station geht {behind_by} nach gegenüber der des zentralen Servers: Für diesen Besuch wird die Zeit des Servers verwendet. Lassen Sie die Uhr der Station richtig stellen.</translation>
        </message>
        <message>
            <source>A dose recorded at this station is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>Eine an dieser Station erfasste Dosis trägt einen Zeitstempel {ahead} in der Zukunft: Die Uhr dieser Station geht falsch. Die Dosis zählt als jetzt gegeben; lassen Sie die Uhr richtig stellen und bitten Sie die Klinikleitung, die Zeit der Dosis zu korrigieren.</translation>
        </message>
        <message>
            <source>A dose recorded at station {station} is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>Eine an Station {station} erfasste Dosis trägt einen Zeitstempel {ahead} in der Zukunft: Die Uhr jener Station geht falsch. Die Dosis zählt als jetzt gegeben; lassen Sie die Uhr richtig stellen und bitten Sie die Klinikleitung, die Zeit der Dosis zu korrigieren.</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}).</source>
            <translation>In diesem Zeitfenster ({session}) wurden bereits {given} mg gegeben.</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}); a second dose needs a second staff member's approval.</source>
            <translation>In diesem Zeitfenster ({session}) wurden bereits {given} mg gegeben; eine weitere Dosis braucht die Freigabe einer zweiten Fachperson.</translation>
        </message>
        <message>
            <source>A partial or failed injection (counted as {given} mg) was recorded in this session; another dose needs a second staff member's approval.</source>
            <translation>In diesem Zeitfenster wurde eine teilweise oder misslungene Injektion (gezählt als {given} mg) erfasst; eine weitere Dosis braucht die Freigabe einer zweiten Fachperson.</translation>
        </message>
        <message>
            <source>All {count} prescribed sessions for today have been dosed.</source>
            <translation>Alle {count} verordneten Zeitfenster für heute sind dosiert.</translation>
        </message>
        <message>
            <source>No dose given yet in the {session} session.</source>
            <translation>Im Zeitfenster {session} wurde noch keine Dosis gegeben.</translation>
        </message>
        <message>
            <source>The pre-dose assessment is not from the last {within}: assess the patient again.</source>
            <translation>Die Beurteilung vor der Dosis stammt nicht aus den letzten {within}: Beurteilen Sie den Patienten erneut.</translation>
        </message>
        <message>
            <source>Sedation score {sedation}: no dose now; assess the patient again later.</source>
            <translation>Sedierungsgrad {sedation}: jetzt keine Dosis; beurteilen Sie den Patienten später erneut.</translation>
        </message>
        <message>
            <source>Pre-dose assessment shows no intoxication (sedation score {sedation}).</source>
            <translation>Die Beurteilung vor der Dosis zeigt keine Intoxikation (Sedierungsgrad {sedation}).</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): no dose now by clinic rule; assess again later.</source>
            <translation>Zeichen einer Intoxikation (Sedierungsgrad {sedation}): nach Klinikregel jetzt keine Dosis; später erneut beurteilen.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Zeichen einer Intoxikation (Atemalkohol {alcohol} ‰): nach Klinikregel jetzt keine Dosis; später erneut beurteilen.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Zeichen einer Intoxikation (Sedierungsgrad {sedation} und Atemalkohol {alcohol} ‰): nach Klinikregel jetzt keine Dosis; später erneut beurteilen.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Zeichen einer Intoxikation (Sedierungsgrad {sedation}): nach Klinikregel höchstens {cap} mg ({share} % der verordneten Dosis).</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Zeichen einer Intoxikation (Atemalkohol {alcohol} ‰): nach Klinikregel höchstens {cap} mg ({share} % der verordneten Dosis).</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Zeichen einer Intoxikation (Sedierungsgrad {sedation} und Atemalkohol {alcohol} ‰): nach Klinikregel höchstens {cap} mg ({share} % der verordneten Dosis).</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session: at most {cap} mg.</source>
            <translation>{proposed} mg liegen über dem verordneten Maximum von {per_session} mg pro Zeitfenster: höchstens {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session ({given} mg already given this session): at most {cap} mg.</source>
            <translation>{proposed} mg liegen über dem verordneten Maximum von {per_session} mg pro Zeitfenster (in diesem Zeitfenster bereits {given} mg gegeben): höchstens {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session.</source>
            <translation>{proposed} mg liegen innerhalb der verordneten {per_session} mg pro Zeitfenster.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session ({given} mg already given this session).</source>
            <translation>{proposed} mg liegen innerhalb der verordneten {per_session} mg pro Zeitfenster (in diesem Zeitfenster bereits {given} mg gegeben).</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the prescribed daily maximum ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg würden das verordnete Tagesmaximum ({limit} mg) überschreiten: heute {given} mg gegeben, höchstens {remaining} mg mehr.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg würden das Tagesmaximum der Klinik für Diacetylmorphin ({limit} mg) überschreiten: heute {given} mg gegeben, höchstens {remaining} mg mehr.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of methadone alongside diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg würden das Tagesmaximum der Klinik für Methadon neben Diacetylmorphin ({limit} mg) überschreiten: heute {given} mg gegeben, höchstens {remaining} mg mehr.</translation>
        </message>
        <message>
            <source>{given} mg given today; up to {more} mg more is within every daily maximum.</source>
            <translation>Heute {given} mg gegeben; bis zu {more} mg mehr liegen innerhalb aller Tagesmaxima.</translation>
        </message>
        <message>
            <source>The last dose was at {last}; the next may be given from {next} (at least {interval} apart).</source>
            <translation>Die letzte Dosis war um {last}; die nächste darf ab {next} gegeben werden (mindestens {interval} Abstand).</translation>
        </message>
        <message>
            <source>The last dose was at {last}, more than {interval} ago.</source>
            <translation>Die letzte Dosis war um {last}, vor mehr als {interval}.</translation>
        </message>
        <message>
            <source>Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>Eindosierung: Die erste Dosis darf höchstens {first_cap} mg betragen; genau beobachten.</translation>
        </message>
        <message>
            <source>Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>Eindosierung: Eine zweite Dosis von höchstens {second_cap} mg darf sofort folgen.</translation>
        </message>
        <message>
            <source>Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>Eindosierung Tag 1: Jede weitere Dosis darf höchstens {cap} mg betragen, mit mindestens {interval} Abstand.</translation>
        </message>
        <message>
            <source>Induction day 1: doses at least {interval} apart; the next may be given from {next}.</source>
            <translation>Eindosierung Tag 1: Dosen mit mindestens {interval} Abstand; die nächste darf ab {next} gegeben werden.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>{proposed} mg sind zu viel. Eindosierung: Die erste Dosis darf höchstens {first_cap} mg betragen; genau beobachten.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>{proposed} mg sind zu viel. Eindosierung: Eine zweite Dosis von höchstens {second_cap} mg darf sofort folgen.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>{proposed} mg sind zu viel. Eindosierung Tag 1: Jede weitere Dosis darf höchstens {cap} mg betragen, mit mindestens {interval} Abstand.</translation>
        </message>
        <message>
            <source>Titration: each dose today may be at most {cap} mg ({share} % of yesterday's total of {total} mg).</source>
            <translation>Titration: Jede Dosis darf heute höchstens {cap} mg betragen ({share} % der gestrigen Gesamtmenge von {total} mg).</translation>
        </message>
        <message>
            <source>Titration: a dose may rise by at most {rise} % over the last dose of {last} mg: at most {cap} mg.</source>
            <translation>Titration: Eine Dosis darf um höchstens {rise} % über die letzte Dosis von {last} mg steigen: höchstens {cap} mg.</translation>
        </message>
        <message>
            <source>Missed days since the last dose: {missed}.</source>
            <translation>Versäumte Tage seit der letzten Dosis: {missed}.</translation>
        </message>
        <message>
            <source>The cap after the {break_days}-day break has ended.</source>
            <translation>Die Begrenzung nach der Pause von {break_days} Tagen ist beendet.</translation>
        </message>
        <message>
            <source>{missed} consecutive days without a dose: tolerance may be lower and the overdose risk higher; write a comment.</source>
            <translation>{missed} Tage in Folge ohne Dosis: Die Toleranz kann niedriger und das Überdosisrisiko höher sein; schreiben Sie einen Kommentar.</translation>
        </message>
        <message>
            <source>A clinician reviewed the patient after the {missed}-day break.</source>
            <translation>Der Patient wurde nach der Pause von {missed} Tagen ärztlich überprüft.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose a clinician must review the patient before dosing (the review is recorded by a clinic lead).</source>
            <translation>Nach {missed} Tagen ohne Dosis muss der Patient vor der Dosierung ärztlich überprüft werden (die Klinikleitung erfasst die Überprüfung).</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), until a clinic lead records a review.</source>
            <translation>Nach {missed} Tagen ohne Dosis höchstens {cap} mg pro Dosis ({share} % der letzten Dosis von {basis} mg), bis die Klinikleitung eine Überprüfung erfasst.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), for {days} day(s) from {since}.</source>
            <translation>Nach {missed} Tagen ohne Dosis höchstens {cap} mg pro Dosis ({share} % der letzten Dosis von {basis} mg), für {days} Tag(e) ab {since}.</translation>
        </message>
        <message>
            <source>diacetylmorphine IV</source>
            <translation>Diacetylmorphin i.v.</translation>
        </message>
        <message>
            <source>diacetylmorphine IM</source>
            <translation>Diacetylmorphin i.m.</translation>
        </message>
        <message>
            <source>diacetylmorphine oral</source>
            <translation>Diacetylmorphin oral</translation>
        </message>
        <message>
            <source>methadone oral</source>
            <translation>Methadon oral</translation>
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
            <translation>Scannen Sie den DataMatrix-Code der Packung mit dem Scanner oder geben Sie ihn unten ein (schreiben Sie &lt;GS&gt; für das Gruppentrennzeichen) und drücken Sie Enter.</translation>
        </message>
        <message>
            <source>How to receive a pack</source>
            <translation>So wird eine Packung empfangen</translation>
        </message>
        <message>
            <source>Pack code</source>
            <translation>Packungscode</translation>
        </message>
        <message>
            <source>scan or type the pack code</source>
            <translation>Packungscode scannen oder eingeben</translation>
        </message>
        <message>
            <source>&amp;Read code</source>
            <translation>Code &amp;lesen</translation>
        </message>
        <message>
            <source>Read the pack code</source>
            <translation>Den Packungscode lesen</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Verfall</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>Code type</source>
            <translation>Codeart</translation>
        </message>
        <message>
            <source>Ampoules received</source>
            <translation>Empfangene Ampullen</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Empfangene Menge</translation>
        </message>
        <message>
            <source>Re&amp;ceive</source>
            <translation>&amp;Empfangen</translation>
        </message>
        <message>
            <source>Receive this pack</source>
            <translation>Diese Packung empfangen</translation>
        </message>
        <message>
            <source>Receiving message</source>
            <translation>Meldung zum Empfang</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Packung</translation>
        </message>
        <message>
            <source>&amp;Ampoules</source>
            <translation>&amp;Ampullen</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>New product for the catalogue</source>
            <translation>Neues Produkt für den Katalog</translation>
        </message>
        <message>
            <source>Product number</source>
            <translation>Produktnummer</translation>
        </message>
        <message>
            <source>Substance</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>e.g. diacetylmorphine</source>
            <translation>z. B. Diacetylmorphin</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Produktname</translation>
        </message>
        <message>
            <source>mg per ampoule</source>
            <translation>mg pro Ampulle</translation>
        </message>
        <message>
            <source>Ampoules per pack</source>
            <translation>Ampullen pro Packung</translation>
        </message>
        <message>
            <source>Add this product to the catalogue</source>
            <translation>Dieses Produkt in den Katalog aufnehmen</translation>
        </message>
        <message>
            <source>Add to catalo&amp;gue</source>
            <translation>In den &amp;Katalog aufnehmen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Reading the pack code…</source>
            <translation>Packungscode wird gelesen…</translation>
        </message>
        <message>
            <source>(not in the code)</source>
            <translation>(nicht im Code)</translation>
        </message>
        <message>
            <source>Not in the catalogue</source>
            <translation>Nicht im Katalog</translation>
        </message>
        <message>
            <source>This product is not in the catalogue: add it below, then receive.</source>
            <translation>Dieses Produkt ist nicht im Katalog: Nehmen Sie es unten auf und empfangen Sie dann.</translation>
        </message>
        <message>
            <source>Check the pack against the screen, then press Receive.</source>
            <translation>Vergleichen Sie die Packung mit dem Bildschirm und drücken Sie dann Empfangen.</translation>
        </message>
        <message>
            <source>{units} × {per} = {total}</source>
            <translation>{units} × {per} = {total}</translation>
        </message>
        <message>
            <source>Received: {product}, batch {batch}, serial {serial}.</source>
            <translation>Empfangen: {product}, Charge {batch}, Seriennummer {serial}.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>Give the substance, the name and the mg per ampoule.</source>
            <translation>Geben Sie Wirkstoff, Name und mg pro Ampulle an.</translation>
        </message>
    </context>
    <context>
        <name>ReconstitutePage</name>
        <message>
            <source>Stock lots to take from</source>
            <translation>Bestandschargen zur Entnahme</translation>
        </message>
        <message>
            <source>Stock lot</source>
            <translation>Bestandscharge</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>mg to use</source>
            <translation>zu verwendende mg</translation>
        </message>
        <message>
            <source>Final volume in mL</source>
            <translation>Endvolumen in mL</translation>
        </message>
        <message>
            <source>Sample volume in mL</source>
            <translation>Probenvolumen in mL</translation>
        </message>
        <message>
            <source>Sample mass in g</source>
            <translation>Probenmasse in g</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Shelf life after reconstitution in hours</source>
            <translation>Haltbarkeit nach Rekonstitution in Stunden</translation>
        </message>
        <message>
            <source>&amp;Tare empty vessel</source>
            <translation>Leeres Gefäß &amp;tarieren</translation>
        </message>
        <message>
            <source>Tare the empty vessel on the scale</source>
            <translation>Das leere Gefäß auf der Waage tarieren</translation>
        </message>
        <message>
            <source>&amp;Weigh sample</source>
            <translation>Probe &amp;wiegen</translation>
        </message>
        <message>
            <source>Weigh the sample on the scale</source>
            <translation>Die Probe auf der Waage wiegen</translation>
        </message>
        <message>
            <source>Concentration and density</source>
            <translation>Konzentration und Dichte</translation>
        </message>
        <message>
            <source>Reconstitute and &amp;sign…</source>
            <translation>Rekonstituieren und &amp;signieren…</translation>
        </message>
        <message>
            <source>Reconstitute and sign with a witness</source>
            <translation>Rekonstituieren und mit Zeugen signieren</translation>
        </message>
        <message>
            <source>Reconstitution message</source>
            <translation>Meldung zur Rekonstitution</translation>
        </message>
        <message>
            <source>&amp;Final volume (mL)</source>
            <translation>&amp;Endvolumen (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;volume (mL)</source>
            <translation>Proben&amp;volumen (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;mass (g)</source>
            <translation>Proben&amp;masse (g)</translation>
        </message>
        <message>
            <source>S&amp;helf life</source>
            <translation>&amp;Haltbarkeit</translation>
        </message>
        <message>
            <source>Density: weigh a known volume</source>
            <translation>Dichte: ein bekanntes Volumen wiegen</translation>
        </message>
        <message>
            <source>Ampoules from these stock lots:</source>
            <translation>Ampullen aus diesen Bestandschargen:</translation>
        </message>
        <message>
            <source>Total {mg}</source>
            <translation>Gesamt {mg}</translation>
        </message>
        <message>
            <source>concentration {value} mg/mL</source>
            <translation>Konzentration {value} mg/mL</translation>
        </message>
        <message>
            <source>density {value} g/mL</source>
            <translation>Dichte {value} g/mL</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Keine Waage verbunden.</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Wird tariert…</translation>
        </message>
        <message>
            <source>Tared. Fill the vessel with the sample volume, then press Weigh sample.</source>
            <translation>Tariert. Füllen Sie das Gefäß mit dem Probenvolumen und drücken Sie dann Probe wiegen.</translation>
        </message>
        <message>
            <source>Waiting for a stable weight…</source>
            <translation>Warten auf ein stabiles Gewicht…</translation>
        </message>
        <message>
            <source>The scale gave no weight in g.</source>
            <translation>Die Waage hat kein Gewicht in g geliefert.</translation>
        </message>
        <message>
            <source>Sample weighed: {mass} g.</source>
            <translation>Probe gewogen: {mass} g.</translation>
        </message>
        <message>
            <source>Type the mg taken from at least one stock lot.</source>
            <translation>Geben Sie die entnommenen mg aus mindestens einer Bestandscharge ein.</translation>
        </message>
        <message>
            <source>Give the final volume, the sample volume and the weighed sample mass.</source>
            <translation>Geben Sie Endvolumen, Probenvolumen und gewogene Probenmasse an.</translation>
        </message>
        <message>
            <source>Witness the reconstitution: {figures}</source>
            <translation>Die Rekonstitution bezeugen: {figures}</translation>
        </message>
        <message>
            <source>Solution batch {batch} recorded.</source>
            <translation>Lösungscharge {batch} erfasst.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Abgelehnt: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Substance</source>
            <translation>Wirkstoff</translation>
        </message>
        <message>
            <source>Batch shown</source>
            <translation>Angezeigte Charge</translation>
        </message>
        <message>
            <source>Controlled-drug register</source>
            <translation>BtM-Buch</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Change (mg)</source>
            <translation>Änderung (mg)</translation>
        </message>
        <message>
            <source>Balance (mg)</source>
            <translation>Bestand (mg)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Zeuge</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Correction notes</source>
            <translation>Korrekturvermerke</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exportieren…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Als PDF exportieren</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <source>Print the register</source>
            <translation>Das BtM-Buch drucken</translation>
        </message>
        <message>
            <source>Correction note</source>
            <translation>Korrekturvermerk</translation>
        </message>
        <message>
            <source>what was wrong, and why</source>
            <translation>was falsch war, und warum</translation>
        </message>
        <message>
            <source>Correction in mg (optional)</source>
            <translation>Korrektur in mg (optional)</translation>
        </message>
        <message>
            <source>e.g. -0.50</source>
            <translation>z. B. -0,50</translation>
        </message>
        <message>
            <source>Add &amp;correction</source>
            <translation>&amp;Korrektur hinzufügen</translation>
        </message>
        <message>
            <source>Add a correction to the chosen entry</source>
            <translation>Dem gewählten Eintrag eine Korrektur hinzufügen</translation>
        </message>
        <message>
            <source>Register message</source>
            <translation>Meldung zum BtM-Buch</translation>
        </message>
        <message>
            <source>&amp;Substance</source>
            <translation>&amp;Wirkstoff</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Charge</translation>
        </message>
        <message>
            <source>Correct the chosen entry (the entry itself never changes)</source>
            <translation>Den gewählten Eintrag korrigieren (der Eintrag selbst ändert sich nie)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>C&amp;hange (mg)</source>
            <translation>&amp;Änderung (mg)</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>Alle Chargen</translation>
        </message>
        <message>
            <source>Stock of {what}</source>
            <translation>Bestand von {what}</translation>
        </message>
        <message>
            <source>Choose the entry to correct.</source>
            <translation>Wählen Sie den zu korrigierenden Eintrag.</translation>
        </message>
        <message>
            <source>Write what the correction is about.</source>
            <translation>Schreiben Sie, worum es bei der Korrektur geht.</translation>
        </message>
        <message>
            <source>The change must be a number of mg.</source>
            <translation>Die Änderung muss eine Zahl in mg sein.</translation>
        </message>
        <message>
            <source>This entry has no batch: add a note without a change.</source>
            <translation>Dieser Eintrag hat keine Charge: Fügen Sie einen Vermerk ohne Änderung hinzu.</translation>
        </message>
        <message>
            <source>Correction added as a dated note.</source>
            <translation>Korrektur als datierter Vermerk hinzugefügt.</translation>
        </message>
        <message>
            <source>There is nothing to export yet.</source>
            <translation>Es gibt noch nichts zu exportieren.</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Das BtM-Buch exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben…</translation>
        </message>
        <message numerus="yes">
            <source>%n entries written to {file}.</source>
            <translation>
                <numerusform>%n Eintrag in {file} geschrieben.</numerusform>
                <numerusform>%n Einträge in {file} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to print yet.</source>
            <translation>Es gibt noch nichts zu drucken.</translation>
        </message>
        <message>
            <source>Controlled-drug register: {substance} — {station}</source>
            <translation>BtM-Buch: {substance} — {station}</translation>
        </message>
        <message>
            <source>Printed {printed} - page {page} of {pages}</source>
            <translation>Gedruckt {printed} - Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>Printing the register…</source>
            <translation>BtM-Buch wird gedruckt…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n Seite an den Drucker gesendet.</numerusform>
                <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Abgelehnt: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScaleChecks</name>
        <message>
            <source>Scale</source>
            <translation>Waage</translation>
        </message>
        <message>
            <source>Scale checks</source>
            <translation>Waagenprüfungen</translation>
        </message>
        <message>
            <source>Not identified yet.</source>
            <translation>Noch nicht identifiziert.</translation>
        </message>
        <message>
            <source>Scale identity</source>
            <translation>Identität der Waage</translation>
        </message>
        <message>
            <source>&amp;Identify</source>
            <translation>&amp;Identifizieren</translation>
        </message>
        <message>
            <source>Identify the scale</source>
            <translation>Die Waage identifizieren</translation>
        </message>
        <message>
            <source>&amp;Zero</source>
            <translation>&amp;Nullen</translation>
        </message>
        <message>
            <source>Zero the scale</source>
            <translation>Die Waage nullen</translation>
        </message>
        <message>
            <source>&amp;Tare</source>
            <translation>&amp;Tarieren</translation>
        </message>
        <message>
            <source>Tare the scale</source>
            <translation>Die Waage tarieren</translation>
        </message>
        <message>
            <source>Read the weight once</source>
            <translation>Das Gewicht einmal lesen</translation>
        </message>
        <message>
            <source>Test r&amp;ead</source>
            <translation>Test&amp;lesung</translation>
        </message>
        <message>
            <source>Test reading and latency</source>
            <translation>Testlesung und Latenz</translation>
        </message>
        <message>
            <source>Start raw &amp;monitor</source>
            <translation>Roh&amp;monitor starten</translation>
        </message>
        <message>
            <source>Start or stop the raw monitor</source>
            <translation>Den Rohmonitor starten oder stoppen</translation>
        </message>
        <message>
            <source>Raw traffic</source>
            <translation>Rohdatenverkehr</translation>
        </message>
        <message>
            <source>Scale serial number</source>
            <translation>Seriennummer der Waage</translation>
        </message>
        <message>
            <source>Certified mass in g</source>
            <translation>Zertifizierte Masse in g</translation>
        </message>
        <message>
            <source>Tolerance in g</source>
            <translation>Toleranz in g</translation>
        </message>
        <message>
            <source>Weigh the reference weight and record the check</source>
            <translation>Das Referenzgewicht wiegen und die Prüfung erfassen</translation>
        </message>
        <message>
            <source>Calibration status</source>
            <translation>Kalibrierstatus</translation>
        </message>
        <message>
            <source>Scale message</source>
            <translation>Meldung der Waage</translation>
        </message>
        <message>
            <source>Reference-weight check</source>
            <translation>Prüfung mit Referenzgewicht</translation>
        </message>
        <message>
            <source>1. Empty the pan, then zero for the chec&amp;k</source>
            <translation>1. Waagschale leeren, dann für die &amp;Prüfung nullen</translation>
        </message>
        <message>
            <source>Clear any tare and zero the empty scale before the reference-weight check</source>
            <translation>Vor der Prüfung mit dem Referenzgewicht die Tara löschen und die leere Waage nullen</translation>
        </message>
        <message>
            <source>2. Check against the reference &amp;weight</source>
            <translation>2. Mit dem &amp;Referenzgewicht prüfen</translation>
        </message>
        <message>
            <source>Serial number of t&amp;he scale</source>
            <translation>Seriennummer der &amp;Waage</translation>
        </message>
        <message>
            <source>&amp;Certified mass (g)</source>
            <translation>&amp;Zertifizierte Masse (g)</translation>
        </message>
        <message>
            <source>T&amp;olerance (g)</source>
            <translation>T&amp;oleranz (g)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Keine Waage verbunden.</translation>
        </message>
        <message>
            <source>{protocol}: model {model}, serial number {serial}</source>
            <translation>{protocol}: Modell {model}, Seriennummer {serial}</translation>
        </message>
        <message>
            <source>The scale answered.</source>
            <translation>Die Waage hat geantwortet.</translation>
        </message>
        <message>
            <source>Zeroed.</source>
            <translation>Genullt.</translation>
        </message>
        <message>
            <source>Tared ({value} g).</source>
            <translation>Tariert ({value} g).</translation>
        </message>
        <message>
            <source>{value} {unit} ({status}) in {ms} ms; frame {raw}</source>
            <translation>{value} {unit} ({status}) in {ms} ms; Rahmen {raw}</translation>
        </message>
        <message>
            <source>Stop raw &amp;monitor</source>
            <translation>Roh&amp;monitor stoppen</translation>
        </message>
        <message>
            <source>Identify the scale (or type its serial number) first.</source>
            <translation>Identifizieren Sie zuerst die Waage (oder geben Sie ihre Seriennummer ein).</translation>
        </message>
        <message>
            <source>Give the certified mass and the tolerance in g.</source>
            <translation>Geben Sie die zertifizierte Masse und die Toleranz in g an.</translation>
        </message>
        <message>
            <source>Clearing the tare and zeroing the empty pan…</source>
            <translation>Tara wird gelöscht und die leere Waagschale genullt…</translation>
        </message>
        <message>
            <source>Tare cleared and the empty pan zeroed. Place the reference weight, then check.</source>
            <translation>Tara gelöscht und leere Waagschale genullt. Legen Sie das Referenzgewicht auf und prüfen Sie dann.</translation>
        </message>
        <message>
            <source>First empty the pan and zero it for the check (step 1).</source>
            <translation>Leeren Sie zuerst die Waagschale und nullen Sie sie für die Prüfung (Schritt 1).</translation>
        </message>
        <message>
            <source>Waiting for a stable weight of the reference weight…</source>
            <translation>Warten auf ein stabiles Gewicht des Referenzgewichts…</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>NICHT BESTANDEN</translation>
        </message>
        <message>
            <source>Reference check {verdict}: {measured} g for {certified} g (± {tolerance} g).</source>
            <translation>Referenzprüfung {verdict}: {measured} g für {certified} g (± {tolerance} g).</translation>
        </message>
        <message>
            <source>Calibration ok</source>
            <translation>Kalibrierung in Ordnung</translation>
        </message>
        <message>
            <source>Calibration due</source>
            <translation>Kalibrierung fällig</translation>
        </message>
        <message>
            <source>Calibration overdue</source>
            <translation>Kalibrierung überfällig</translation>
        </message>
        <message>
            <source>Calibration failed</source>
            <translation>Kalibrierung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Nie geprüft</translation>
        </message>
        <message>
            <source>Never checked against a reference weight.</source>
            <translation>Nie mit einem Referenzgewicht geprüft.</translation>
        </message>
        <message>
            <source>The last check ({when}) failed: do not weigh doses on this scale.</source>
            <translation>Die letzte Prüfung ({when}) ist fehlgeschlagen: Wiegen Sie keine Dosen auf dieser Waage.</translation>
        </message>
        <message>
            <source>Overdue since {due} (last check {when}).</source>
            <translation>Überfällig seit {due} (letzte Prüfung {when}).</translation>
        </message>
        <message>
            <source>Due by {due} (last check {when}).</source>
            <translation>Fällig bis {due} (letzte Prüfung {when}).</translation>
        </message>
        <message>
            <source>Checked {when}; next check due {due}.</source>
            <translation>Geprüft {when}; nächste Prüfung fällig {due}.</translation>
        </message>
    </context>
    <context>
        <name>ScannerChecks</name>
        <message>
            <source>Scanner test</source>
            <translation>Scannertest</translation>
        </message>
        <message>
            <source>Scan any code. To check the keyboard layout, print a test label and scan its bar code.</source>
            <translation>Scannen Sie einen beliebigen Code. Um das Tastaturlayout zu prüfen, drucken Sie ein Testetikett und scannen Sie seinen Barcode.</translation>
        </message>
        <message>
            <source>How to test the scanner</source>
            <translation>So wird der Scanner getestet</translation>
        </message>
        <message>
            <source>Scanned text with control characters</source>
            <translation>Gescannter Text mit Steuerzeichen</translation>
        </message>
        <message>
            <source>AIM identifier</source>
            <translation>AIM-Kennung</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>Rohbytes</translation>
        </message>
        <message>
            <source>What the code means</source>
            <translation>Was der Code bedeutet</translation>
        </message>
        <message>
            <source>Keyboard layout check</source>
            <translation>Prüfung des Tastaturlayouts</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>The raw monitor shows the serial scanner's port only: a keyboard scanner types into the computer like a keyboard and has no port to watch (its keys appear in the text above).</source>
            <translation>Der Rohmonitor zeigt nur den Anschluss des seriellen Scanners: Ein Tastatur-Scanner tippt wie eine Tastatur in den Computer und hat keinen Anschluss zum Beobachten (seine Tasten erscheinen im Text oben).</translation>
        </message>
        <message>
            <source>What the scanner's raw monitor shows</source>
            <translation>Was der Rohmonitor des Scanners zeigt</translation>
        </message>
        <message>
            <source>{identifier} ({name})</source>
            <translation>{identifier} ({name})</translation>
        </message>
        <message>
            <source>none (the scanner sends no AIM identifier)</source>
            <translation>keine (der Scanner sendet keine AIM-Kennung)</translation>
        </message>
        <message>
            <source>(typed by the keyboard)</source>
            <translation>(über die Tastatur getippt)</translation>
        </message>
        <message>
            <source>A damaged pack code: {error}</source>
            <translation>Ein beschädigter Packungscode: {error}</translation>
        </message>
        <message>
            <source>Pack code: product {product}, batch {batch}, serial {serial}</source>
            <translation>Packungscode: Produkt {product}, Charge {batch}, Seriennummer {serial}</translation>
        </message>
        <message>
            <source>Not a pack code.</source>
            <translation>Kein Packungscode.</translation>
        </message>
        <message>
            <source>Set the scanner's keyboard layout to this computer's (or connect it to a serial port).</source>
            <translation>Stellen Sie das Tastaturlayout des Scanners auf das dieses Computers ein (oder schließen Sie ihn an einen seriellen Anschluss an).</translation>
        </message>
        <message>
            <source>Keyboard layout ok: the code came through exactly as printed.</source>
            <translation>Tastaturlayout in Ordnung: Der Code kam genau wie gedruckt an.</translation>
        </message>
        <message>
            <source>Y and Z are swapped as on a German keyboard. {fix}</source>
            <translation>Y und Z sind vertauscht wie auf einer deutschen Tastatur. {fix}</translation>
        </message>
        <message>
            <source>A/Q and Z/W are swapped as on a French keyboard. {fix}</source>
            <translation>A/Q und Z/W sind vertauscht wie auf einer französischen Tastatur. {fix}</translation>
        </message>
        <message>
            <source>The scan differs from the printed code ({details}). {fix}</source>
            <translation>Der Scan weicht vom gedruckten Code ab ({details}). {fix}</translation>
        </message>
    </context>
    <context>
        <name>SettingChoices</name>
        <message>
            <source>A reason and a second person's signature</source>
            <translation>Eine Begründung und die Signatur einer zweiten Person</translation>
        </message>
        <message>
            <source>A reason only</source>
            <translation>Nur eine Begründung</translation>
        </message>
        <message>
            <source>No dose until a clinic lead has reviewed the patient</source>
            <translation>Keine Dosis, bis die Klinikleitung den Patienten überprüft hat</translation>
        </message>
        <message>
            <source>Each dose capped at a share of the last dose before the break</source>
            <translation>Jede Dosis begrenzt auf einen Anteil der letzten Dosis vor der Pause</translation>
        </message>
        <message>
            <source>After the days set above</source>
            <translation>Nach den oben eingestellten Tagen</translation>
        </message>
        <message>
            <source>Not before a clinic lead records a review</source>
            <translation>Nicht bevor die Klinikleitung eine Überprüfung erfasst</translation>
        </message>
        <message>
            <source>Reduce the dose</source>
            <translation>Dosis reduzieren</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Jetzt keine Dosis</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Nicht erlaubt</translation>
        </message>
        <message>
            <source>Allowed with a second person's approval</source>
            <translation>Erlaubt mit Freigabe einer zweiten Person</translation>
        </message>
        <message>
            <source>Dose with a second person's approval</source>
            <translation>Dosis mit Freigabe einer zweiten Person</translation>
        </message>
        <message>
            <source>No dose: only the home station doses</source>
            <translation>Keine Dosis: nur die Stammstation dosiert</translation>
        </message>
        <message>
            <source>Warn the nurse; weighings are accepted</source>
            <translation>Pflegefachperson warnen; Wägungen werden angenommen</translation>
        </message>
        <message>
            <source>No weighing is accepted until the scale passes a check</source>
            <translation>Keine Wägung wird angenommen, bis die Waage eine Prüfung besteht</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language is a setting of this station: a technician, a clinic lead or an administrator, signed in, changes it.</source>
            <translation>Die Sprache ist eine Einstellung dieser Station: Eine angemeldete Technikerin, ein Techniker, die Klinikleitung oder die Administration ändert sie.</translation>
        </message>
        <message>
            <source>Lock the screen &amp;after (minutes)</source>
            <translation>Bildschirm sperren &amp;nach (Minuten)</translation>
        </message>
        <message>
            <source>Lock the screen after this many minutes</source>
            <translation>Bildschirm nach so vielen Minuten sperren</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Observation after injection</source>
            <translation>Beobachtung nach der Injektion</translation>
        </message>
        <message>
            <source>%1 min; %2 min when venous access failed</source>
            <translation>%1 min; %2 min bei misslungenem Venenzugang</translation>
        </message>
        <message>
            <source>Observation after injection: %1</source>
            <translation>Beobachtung nach der Injektion: %1</translation>
        </message>
        <message>
            <source>The observation time is one of the clinic's rules: a clinic lead sets it for all stations. It cannot be changed here.</source>
            <translation>Die Beobachtungszeit ist eine Regel der Klinik: Die Klinikleitung legt sie für alle Stationen fest. Sie kann hier nicht geändert werden.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Station behaviour</source>
            <translation>Verhalten der Station</translation>
        </message>
        <message>
            <source>Clinic rules (clinic lead only, for every station)</source>
            <translation>Klinikregeln (nur Klinikleitung, für alle Stationen)</translation>
        </message>
        <message>
            <source>Clinic rules</source>
            <translation>Klinikregeln</translation>
        </message>
        <message>
            <source>The clinic's rules: only a clinic lead changes them. A change applies to the next decision at this station and reaches the other stations when they sync.</source>
            <translation>Die Regeln der Klinik: Nur die Klinikleitung ändert sie. Eine Änderung gilt für die nächste Entscheidung an dieser Station und erreicht die anderen Stationen, wenn sie synchronisieren.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>Einstellungen &amp;speichern</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Die Einstellungen speichern</translation>
        </message>
        <message>
            <source>Settings message</source>
            <translation>Meldung zu den Einstellungen</translation>
        </message>
        <message>
            <source>Changed {when} by {who}.</source>
            <translation>Geändert {when} von {who}.</translation>
        </message>
        <message>
            <source>Built-in value, not changed.</source>
            <translation>Eingebauter Wert, nicht geändert.</translation>
        </message>
        <message>
            <source>{meaning} Only a clinic lead may change this.</source>
            <translation>{meaning} Nur die Klinikleitung darf dies ändern.</translation>
        </message>
        <message>
            <source>{meaning} Only {roles} may change this.</source>
            <translation>{meaning} Nur {roles} darf dies ändern.</translation>
        </message>
        <message>
            <source>unit: {unit}</source>
            <translation>Einheit: {unit}</translation>
        </message>
        <message>
            <source>The saved value cannot be used ({problem}). Saving sets the value shown.</source>
            <translation>Der gespeicherte Wert kann nicht verwendet werden ({problem}). Speichern setzt den angezeigten Wert.</translation>
        </message>
        <message>
            <source>The settings could not be read: {reason}</source>
            <translation>Die Einstellungen konnten nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nichts wurde geändert.</translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) saved.</source>
            <translation>
                <numerusform>%n Einstellung gespeichert.</numerusform>
                <numerusform>%n Einstellungen gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off by a second person</source>
            <translation>Abzeichnung durch eine zweite Person</translation>
        </message>
        <message>
            <source>User name of the person signing off</source>
            <translation>Benutzername der abzeichnenden Person</translation>
        </message>
        <message>
            <source>Password of the person signing off</source>
            <translation>Passwort der abzeichnenden Person</translation>
        </message>
        <message>
            <source>Sign-off message</source>
            <translation>Meldung zur Abzeichnung</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Abzeichnen</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Abzeichnen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the sign-off</source>
            <translation>Die Abzeichnung abbrechen</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Benutzername</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Passwort</translation>
        </message>
        <message>
            <source>Enter the user name and the password.</source>
            <translation>Geben Sie Benutzername und Passwort ein.</translation>
        </message>
    </context>
    <context>
        <name>SimulatorPanel</name>
        <message>
            <source>Put %1 g on the scale</source>
            <translation>%1 g auf die Waage legen</translation>
        </message>
        <message>
            <source>Type a mass in grams, e.g. 21.98.</source>
            <translation>Geben Sie eine Masse in Gramm ein, z. B. 21,98.</translation>
        </message>
        <message>
            <source>Type what the code says, or choose a card.</source>
            <translation>Geben Sie ein, was der Code enthält, oder wählen Sie eine Karte.</translation>
        </message>
        <message>
            <source>Scale: %1 g placed on the pan.</source>
            <translation>Waage: %1 g auf die Waagschale gelegt.</translation>
        </message>
        <message>
            <source>Scale: the pan is empty.</source>
            <translation>Waage: Die Waagschale ist leer.</translation>
        </message>
        <message>
            <source>Scale: unsteady (draught), it will not settle.</source>
            <translation>Waage: unruhig (Luftzug), sie wird nicht stabil.</translation>
        </message>
        <message>
            <source>Scale: steady again.</source>
            <translation>Waage: wieder ruhig.</translation>
        </message>
        <message>
            <source>Scale: cable pulled.</source>
            <translation>Waage: Kabel gezogen.</translation>
        </message>
        <message>
            <source>Scale: cable put back.</source>
            <translation>Waage: Kabel wieder eingesteckt.</translation>
        </message>
        <message>
            <source>Printer: paper taken out.</source>
            <translation>Drucker: Papier entnommen.</translation>
        </message>
        <message>
            <source>Printer: paper put back.</source>
            <translation>Drucker: Papier wieder eingelegt.</translation>
        </message>
        <message>
            <source>Printer: head opened.</source>
            <translation>Drucker: Kopf geöffnet.</translation>
        </message>
        <message>
            <source>Printer: head closed.</source>
            <translation>Drucker: Kopf geschlossen.</translation>
        </message>
        <message>
            <source>Printer: paused.</source>
            <translation>Drucker: angehalten.</translation>
        </message>
        <message>
            <source>Printer: running again.</source>
            <translation>Drucker: läuft wieder.</translation>
        </message>
        <message>
            <source>Printer: silent (does not answer).</source>
            <translation>Drucker: stumm (antwortet nicht).</translation>
        </message>
        <message>
            <source>Printer: answers again.</source>
            <translation>Drucker: antwortet wieder.</translation>
        </message>
        <message>
            <source>Scanner: code sent.</source>
            <translation>Scanner: Code gesendet.</translation>
        </message>
        <message>
            <source>Put the scale's cable back</source>
            <translation>Kabel der Waage wieder einstecken</translation>
        </message>
        <message>
            <source>Pull the scale's cable</source>
            <translation>Kabel der Waage ziehen</translation>
        </message>
        <message>
            <source>Mass on the pan (g)</source>
            <translation>Masse auf der Waagschale (g)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Auflegen</translation>
        </message>
        <message>
            <source>Remove the syringe</source>
            <translation>Spritze entfernen</translation>
        </message>
        <message>
            <source>Unsteady (draught)</source>
            <translation>Unruhig (Luftzug)</translation>
        </message>
        <message>
            <source>Paper out</source>
            <translation>Papier leer</translation>
        </message>
        <message>
            <source>Head open</source>
            <translation>Druckkopf offen</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Silent (does not answer)</source>
            <translation>Stumm (antwortet nicht)</translation>
        </message>
        <message>
            <source>Demo card</source>
            <translation>Demokarte</translation>
        </message>
        <message>
            <source>Scan card</source>
            <translation>Karte scannen</translation>
        </message>
        <message>
            <source>Code text</source>
            <translation>Codetext</translation>
        </message>
        <message>
            <source>Scan text</source>
            <translation>Text scannen</translation>
        </message>
        <message>
            <source>Device simulator</source>
            <translation>Gerätesimulator</translation>
        </message>
        <message>
            <source>Scale (simulated)</source>
            <translation>Waage (simuliert)</translation>
        </message>
        <message>
            <source>Mass to place on the scale, in grams</source>
            <translation>Auf die Waage zu legende Masse, in Gramm</translation>
        </message>
        <message>
            <source>e.g. 21.98</source>
            <translation>z. B. 21,98</translation>
        </message>
        <message>
            <source>Place this mass on the scale</source>
            <translation>Diese Masse auf die Waage legen</translation>
        </message>
        <message>
            <source>Remove everything from the scale</source>
            <translation>Alles von der Waage nehmen</translation>
        </message>
        <message>
            <source>Make the scale unsteady</source>
            <translation>Die Waage unruhig machen</translation>
        </message>
        <message>
            <source>Label printer (simulated)</source>
            <translation>Etikettendrucker (simuliert)</translation>
        </message>
        <message>
            <source>Printer fault: %1</source>
            <translation>Druckerfehler: %1</translation>
        </message>
        <message>
            <source>Card scanner (simulated)</source>
            <translation>Kartenscanner (simuliert)</translation>
        </message>
        <message>
            <source>Demo card to scan</source>
            <translation>Zu scannende Demokarte</translation>
        </message>
        <message>
            <source>Scan the chosen demo card</source>
            <translation>Die gewählte Demokarte scannen</translation>
        </message>
        <message>
            <source>Text of a code to scan</source>
            <translation>Text eines zu scannenden Codes</translation>
        </message>
        <message>
            <source>Scan the typed text</source>
            <translation>Den eingegebenen Text scannen</translation>
        </message>
        <message>
            <source>Simulator messages</source>
            <translation>Meldungen des Simulators</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Station message</source>
            <translation>Meldung der Station</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Angemeldete Person</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Synchronisationsstatus</translation>
        </message>
        <message>
            <source>Scale state</source>
            <translation>Status der Waage</translation>
        </message>
        <message>
            <source>Printer state</source>
            <translation>Status des Druckers</translation>
        </message>
        <message>
            <source>Scanner state</source>
            <translation>Status des Scanners</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>No central server is connected: working offline.</source>
            <translation>Kein zentraler Server verbunden: Arbeit offline.</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Waage</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>beschäftigt</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>verbindet</translation>
        </message>
        <message>
            <source>fault</source>
            <translation>Störung</translation>
        </message>
        <message>
            <source>not configured</source>
            <translation>nicht eingerichtet</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Scale reference check</source>
            <translation>Prüfung der Waage mit Referenzgewicht</translation>
        </message>
        <message>
            <source>Opening the station…</source>
            <translation>Station wird geöffnet…</translation>
        </message>
        <message>
            <source>{device}: {state}</source>
            <translation>{device}: {state}</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Angemeldet: {name}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>Synchronisation: {state}</translation>
        </message>
        <message>
            <source>Scale check due</source>
            <translation>Waagenprüfung fällig</translation>
        </message>
    </context>
    <context>
        <name>StationWindow</name>
        <message>
            <source>Dosing station — {name}</source>
            <translation>Dosierstation — {name}</translation>
        </message>
        <message>
            <source> (DEMO: fictional data)</source>
            <translation> (DEMO: fiktive Daten)</translation>
        </message>
        <message>
            <source>Dosing station</source>
            <translation>Dosierstation</translation>
        </message>
        <message>
            <source>Sign in to start.</source>
            <translation>Melden Sie sich an, um zu beginnen.</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>&amp;Bildschirm sperren</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Gesperrt.</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>Benutzer &amp;wechseln</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Clinic lead: patient &amp;flags…</source>
            <translation>Klinikleitung: Patienten&amp;markierungen…</translation>
        </message>
        <message>
            <source>&amp;Void a dose entered in error…</source>
            <translation>Irrtümlich erfasste Dosis &amp;stornieren…</translation>
        </message>
        <message>
            <source>Clinic &amp;rules…</source>
            <translation>Klinik&amp;regeln…</translation>
        </message>
        <message>
            <source>&amp;Prescriber's workspace…</source>
            <translation>&amp;Arbeitsplatz der Verordnenden…</translation>
        </message>
        <message>
            <source>Register a &amp;new patient…</source>
            <translation>&amp;Neuen Patienten aufnehmen…</translation>
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation>&amp;Vorfälle…</translation>
        </message>
        <message>
            <source>Issue &amp;card…</source>
            <translation>&amp;Karte ausstellen…</translation>
        </message>
        <message>
            <source>&amp;Absent patients…</source>
            <translation>Abwesende &amp;Patienten…</translation>
        </message>
        <message>
            <source>Card {clinic_id}</source>
            <translation>Karte {clinic_id}</translation>
        </message>
        <message>
            <source>empty syringe</source>
            <translation>leere Spritze</translation>
        </message>
        <message>
            <source>filled, {mg} mg</source>
            <translation>gefüllt, {mg} mg</translation>
        </message>
        <message>
            <source>Demo: simulated devices</source>
            <translation>Demo: simulierte Geräte</translation>
        </message>
        <message>
            <source>Show the &amp;device simulators</source>
            <translation>&amp;Gerätesimulatoren anzeigen</translation>
        </message>
        <message>
            <source>Switch user: the next person signs in.</source>
            <translation>Benutzer wechseln: Die nächste Person meldet sich an.</translation>
        </message>
        <message>
            <source>Locked after {minutes} min without use.</source>
            <translation>Nach {minutes} min ohne Benutzung gesperrt.</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>The demo's central server did not start: {error}</source>
            <translation>Der zentrale Server der Demo ist nicht gestartet: {error}</translation>
        </message>
        <message>
            <source>Sign in first, then scan the card.</source>
            <translation>Melden Sie sich zuerst an und scannen Sie dann die Karte.</translation>
        </message>
        <message>
            <source>The new language is used when this visit ends.</source>
            <translation>Die neue Sprache wird verwendet, wenn dieser Besuch endet.</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock over time</source>
            <translation>Bestand im Zeitverlauf</translation>
        </message>
        <message>
            <source>{title}: {count} entries from {start} to {end}; lowest {low} mg, highest {high} mg, now {last} mg.</source>
            <translation>{title}: {count} Einträge von {start} bis {end}; niedrigster {low} mg, höchster {high} mg, jetzt {last} mg.</translation>
        </message>
        <message>
            <source>{title}: no entries.</source>
            <translation>{title}: keine Einträge.</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Noch keine Einträge.</translation>
        </message>
    </context>
    <context>
        <name>SyncLink</name>
        <message>
            <source>the technician's "Central server" tab, "Clinic CA file (PEM)"</source>
            <translation>die Registerkarte "Zentraler Server" der Technik, "CA-Datei der Klinik (PEM)"</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>Not enrolled with a central server: this station works alone.</source>
            <translation>Bei keinem zentralen Server registriert: Diese Station arbeitet allein.</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline since {time}</source>
            <translation>offline seit {time}</translation>
        </message>
        <message>
            <source>, {n} queued</source>
            <translation>, {n} in der Warteschlange</translation>
        </message>
        <message>
            <source>, last sync {time}</source>
            <translation>, letzte Synchronisation {time}</translation>
        </message>
    </context>
    <context>
        <name>TechnicianWorkspace</name>
        <message>
            <source>Technician</source>
            <translation>Technik</translation>
        </message>
        <message>
            <source>Technician — {name}</source>
            <translation>Technik — {name}</translation>
        </message>
        <message>
            <source>Technician tasks</source>
            <translation>Aufgaben der Technik</translation>
        </message>
        <message>
            <source>&amp;1 Devices</source>
            <translation>&amp;1 Geräte</translation>
        </message>
        <message>
            <source>&amp;2 Station settings</source>
            <translation>&amp;2 Stationseinstellungen</translation>
        </message>
        <message>
            <source>&amp;3 Central server</source>
            <translation>&amp;3 Zentraler Server</translation>
        </message>
        <message>
            <source>&amp;4 Diagnostics</source>
            <translation>&amp;4 Diagnose</translation>
        </message>
    </context>
    <context>
        <name>VisitView</name>
        <message>
            <source>Identify</source>
            <translation>Identifikation</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>Beurteilung</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Vorbereitung</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <source>Administer</source>
            <translation>Verabreichung</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Beobachtung</translation>
        </message>
        <message>
            <source>Visit steps</source>
            <translation>Schritte des Besuchs</translation>
        </message>
        <message>
            <source>Visit message</source>
            <translation>Meldung zum Besuch</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>{mg} recorded. Observation in {booth} until {end}: see the observation board.</source>
            <translation>{mg} erfasst. Beobachtung in {booth} bis {end}: siehe Beobachtungstafel.</translation>
        </message>
        <message>
            <source>A card was scanned during a visit: finish or end this visit first.</source>
            <translation>Während eines Besuchs wurde eine Karte gescannt: Schließen Sie diesen Besuch zuerst ab oder beenden Sie ihn.</translation>
        </message>
    </context>
    <context>
        <name>VitalsNoteDialog</name>
        <message>
            <source>Note and vital signs: %1</source>
            <translation>Notiz und Vitalwerte: %1</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>&amp;Pulse (/min)</source>
            <translation>&amp;Puls (/min)</translation>
        </message>
        <message>
            <source>&amp;Breathing (/min)</source>
            <translation>&amp;Atemfrequenz (/min)</translation>
        </message>
        <message>
            <source>&amp;Oxygen saturation (%)</source>
            <translation>&amp;Sauerstoffsättigung (%)</translation>
        </message>
        <message>
            <source>Blood pr&amp;essure (mmHg)</source>
            <translation>&amp;Blutdruck (mmHg)</translation>
        </message>
        <message>
            <source>&amp;Sedation score</source>
            <translation>Se&amp;dierungsgrad</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Pulse per minute</source>
            <translation>Puls pro Minute</translation>
        </message>
        <message>
            <source>Breaths per minute</source>
            <translation>Atemzüge pro Minute</translation>
        </message>
        <message>
            <source>Oxygen saturation in percent</source>
            <translation>Sauerstoffsättigung in Prozent</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Blutdruck</translation>
        </message>
        <message>
            <source>e.g. 120/80</source>
            <translation>z. B. 120/80</translation>
        </message>
        <message>
            <source>Sedation score</source>
            <translation>Sedierungsgrad</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Was fehlt</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>nicht beurteilt</translation>
        </message>
        <message>
            <source>0 – awake and alert</source>
            <translation>0 – wach und aufmerksam</translation>
        </message>
        <message>
            <source>1 – drowsy, easy to rouse</source>
            <translation>1 – schläfrig, leicht weckbar</translation>
        </message>
        <message>
            <source>2 – very drowsy, rousable by voice</source>
            <translation>2 – sehr schläfrig, durch Ansprache weckbar</translation>
        </message>
        <message>
            <source>3 – hard to rouse: act now</source>
            <translation>3 – schwer weckbar: sofort handeln</translation>
        </message>
        <message>
            <source>Enter the blood pressure as two numbers, e.g. 120/80.</source>
            <translation>Geben Sie den Blutdruck als zwei Zahlen ein, z. B. 120/80.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Schreiben Sie eine Notiz oder geben Sie einen Vitalwert ein.</translation>
        </message>
    </context>
    <context>
        <name>WitnessDialog</name>
        <message>
            <source>Second person</source>
            <translation>Zweite Person</translation>
        </message>
        <message>
            <source>Witness: second person's sign-in</source>
            <translation>Zeuge: Anmeldung der zweiten Person</translation>
        </message>
        <message>
            <source>What is witnessed</source>
            <translation>Was bezeugt wird</translation>
        </message>
        <message>
            <source>Only these roles can confirm: {roles}.</source>
            <translation>Nur diese Rollen können bestätigen: {roles}.</translation>
        </message>
        <message>
            <source>Any other staff member can confirm.</source>
            <translation>Jede andere Fachperson kann bestätigen.</translation>
        </message>
        <message>
            <source>Who may confirm</source>
            <translation>Wer bestätigen darf</translation>
        </message>
        <message>
            <source>Witness user name</source>
            <translation>Benutzername des Zeugen</translation>
        </message>
        <message>
            <source>Witness password</source>
            <translation>Passwort des Zeugen</translation>
        </message>
        <message>
            <source>Witness message</source>
            <translation>Meldung zum Zeugen</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Bestätigen</translation>
        </message>
        <message>
            <source>Confirm as witness</source>
            <translation>Als Zeuge bestätigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel witness</source>
            <translation>Bezeugung abbrechen</translation>
        </message>
        <message>
            <source>Witness &amp;user name</source>
            <translation>Ben&amp;utzername des Zeugen</translation>
        </message>
        <message>
            <source>Witness &amp;password</source>
            <translation>&amp;Passwort des Zeugen</translation>
        </message>
        <message>
            <source>The witness enters their user name and password.</source>
            <translation>Der Zeuge gibt Benutzername und Passwort ein.</translation>
        </message>
        <message>
            <source>{name} cannot confirm this: {who}</source>
            <translation>{name} kann dies nicht bestätigen: {who}</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Queue</source>
            <translation>Warteschlange</translation>
        </message>
        <message>
            <source>The visit goes on where it was.</source>
            <translation>Der Besuch geht dort weiter, wo er war.</translation>
        </message>
    </context>
</TS>
