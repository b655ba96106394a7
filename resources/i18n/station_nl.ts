<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>not configured</source>
            <translation>niet geconfigureerd</translation>
        </message>
        <message>
            <source>The scale is not connected: check its cable and power. The station reconnects by itself when the scale is back; no weight is accepted until then.</source>
            <translation>De weegschaal is niet verbonden: controleer de kabel en de voeding. Het station maakt zelf opnieuw verbinding zodra de weegschaal terug is; tot dan wordt geen gewicht geaccepteerd.</translation>
        </message>
        <message>
            <source>The scale's port is used by another program: close it, then try again.</source>
            <translation>De poort van de weegschaal wordt door een ander programma gebruikt: sluit dat programma en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The scale does not answer: check that it is switched on, its cable, and its baud rate and protocol.</source>
            <translation>De weegschaal antwoordt niet: controleer of ze aanstaat, de kabel, en de baudrate en het protocol.</translation>
        </message>
        <message>
            <source>The scale answers, but its weight did not settle in time: shield it from draughts and vibration, keep hands off the pan, then try again.</source>
            <translation>De weegschaal antwoordt, maar het gewicht werd niet op tijd stabiel: bescherm haar tegen tocht en trillingen, raak de schaal niet aan en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Scale: {error}</source>
            <translation>Weegschaal: {error}</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing: no weighing is accepted until the technician checks it.</source>
            <translation>De controle van de weegschaal met het referentiegewicht is te laat, mislukt of ontbreekt: er wordt geen weging geaccepteerd tot de technicus haar heeft gecontroleerd.</translation>
        </message>
        <message>
            <source>The scale failed its last reference-weight check: call the technician before weighing doses.</source>
            <translation>De weegschaal is gezakt voor de laatste controle met het referentiegewicht: roep de technicus voordat u doses weegt.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue or missing: ask the technician to check it with the reference weight.</source>
            <translation>De controle van de weegschaal met het referentiegewicht is te laat of ontbreekt: vraag de technicus haar met het referentiegewicht te controleren.</translation>
        </message>
        <message>
            <source>Paper is out: load a new roll of labels</source>
            <translation>Papier op: plaats een nieuwe rol etiketten</translation>
        </message>
        <message>
            <source>The print head is open: close it until it clicks</source>
            <translation>De printkop staat open: sluit hem tot hij klikt</translation>
        </message>
        <message>
            <source>The printer is paused: press its pause button</source>
            <translation>De printer staat op pauze: druk op de pauzeknop</translation>
        </message>
        <message>
            <source>The ribbon is out: load a new ribbon</source>
            <translation>Het lint is op: plaats een nieuw lint</translation>
        </message>
        <message>
            <source>The printer is busy: wait a moment</source>
            <translation>De printer is bezig: wacht even</translation>
        </message>
        <message>
            <source>The print head is too cold: wait for it to warm up</source>
            <translation>De printkop is te koud: wacht tot hij opgewarmd is</translation>
        </message>
        <message>
            <source>The print head is too hot: let it cool down</source>
            <translation>De printkop is te heet: laat hem afkoelen</translation>
        </message>
        <message>
            <source>the label may be incomplete: print it again</source>
            <translation>het etiket is mogelijk onvolledig: print het opnieuw</translation>
        </message>
        <message>
            <source>The printer does not answer. Check that it is switched on, that labels are loaded and that the print head is closed (the printer stays silent while paper is out or the head is open), then press Print again.</source>
            <translation>De printer antwoordt niet. Controleer of hij aanstaat, of er etiketten geladen zijn en of de printkop gesloten is (de printer zwijgt als het papier op is of de kop openstaat), en druk dan opnieuw op Printen.</translation>
        </message>
        <message>
            <source>The printer is not connected: check its cable and power, then print again.</source>
            <translation>De printer is niet verbonden: controleer de kabel en de voeding en print dan opnieuw.</translation>
        </message>
        <message>
            <source>The printer's port is used by another program: close it, then print again.</source>
            <translation>De poort van de printer wordt door een ander programma gebruikt: sluit dat programma en print dan opnieuw.</translation>
        </message>
        <message>
            <source>Printer: {error}</source>
            <translation>Printer: {error}</translation>
        </message>
        <message>
            <source>no scale configured</source>
            <translation>geen weegschaal geconfigureerd</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>verbinden…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>gereed</translation>
        </message>
        <message>
            <source>ready (reconnected)</source>
            <translation>gereed (opnieuw verbonden)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Er is geen weegschaal verbonden.</translation>
        </message>
        <message>
            <source>no printer configured</source>
            <translation>geen printer geconfigureerd</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Er is geen printer verbonden.</translation>
        </message>
        <message>
            <source>printing…</source>
            <translation>printen…</translation>
        </message>
        <message>
            <source>keyboard scanner only</source>
            <translation>alleen toetsenbordscanner</translation>
        </message>
        <message>
            <source>The scanner is not connected: check its cable (keyboard input still works).</source>
            <translation>De scanner is niet verbonden: controleer de kabel (invoer via het toetsenbord werkt nog).</translation>
        </message>
        <message>
            <source>Scanner: {error}</source>
            <translation>Scanner: {error}</translation>
        </message>
        <message>
            <source>Dose allowed</source>
            <translation>Dosis toegestaan</translation>
        </message>
        <message>
            <source>Allowed with a warning: read it and acknowledge</source>
            <translation>Toegestaan met een waarschuwing: lees ze en bevestig</translation>
        </message>
        <message>
            <source>A second staff member must approve, with a reason</source>
            <translation>Een tweede medewerker moet goedkeuren, met een reden</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Nu geen dosis</translation>
        </message>
        <message>
            <source>Only a clinic lead can lift this (outside the visit).</source>
            <translation>Alleen een teamleider kan dit opheffen (buiten het bezoek).</translation>
        </message>
        <message>
            <source>Nobody can override this at the counter.</source>
            <translation>Niemand kan dit aan de balie opheffen.</translation>
        </message>
        <message>
            <source>A clinic lead must approve.</source>
            <translation>Een teamleider moet goedkeuren.</translation>
        </message>
        <message>
            <source>A second nurse or a clinic lead can approve.</source>
            <translation>Een tweede verpleegkundige of een teamleider kan goedkeuren.</translation>
        </message>
        <message>
            <source>choose the sedation score…</source>
            <translation>kies de sedatiescore…</translation>
        </message>
        <message>
            <source>called</source>
            <translation>gebeld</translation>
        </message>
        <message>
            <source>visited</source>
            <translation>bezocht</translation>
        </message>
        <message>
            <source>message left</source>
            <translation>bericht achtergelaten</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>opgelost</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source>As many missed days as the rules warn at: the next dose needs a comment.</source>
            <translation>Evenveel gemiste dagen als de waarschuwingsdrempel van de regels: de volgende dosis vereist een opmerking.</translation>
        </message>
        <message>
            <source>at the window</source>
            <translation>aan de balie</translation>
        </message>
        <message>
            <source>not due until {time}</source>
            <translation>niet vóór {time}</translation>
        </message>
        <message>
            <source>called at {time}</source>
            <translation>geroepen om {time}</translation>
        </message>
        <message>
            <source>due</source>
            <translation>aan de beurt</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Sign in to check and discharge.</source>
            <translation>Meld u aan om te controleren en te ontslaan.</translation>
        </message>
        <message>
            <source>The observation board could not be read.</source>
            <translation>Het observatiebord kon niet worden gelezen.</translation>
        </message>
        <message>
            <source>Not discharged after the time was up: %1. Check these patients now.</source>
            <translation>Niet ontslagen nadat de tijd om was: %1. Controleer deze patiënten nu.</translation>
        </message>
        <message>
            <source>Observation time is up: %1.</source>
            <translation>Observatietijd om: %1.</translation>
        </message>
        <message>
            <source>No one is under observation.</source>
            <translation>Niemand staat onder observatie.</translation>
        </message>
        <message numerus="yes">
            <source>Observation board (%n patient(s))</source>
            <translation>
                <numerusform>Observatiebord (%n patiënt)</numerusform>
                <numerusform>Observatiebord (%n patiënten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Observation board</source>
            <translation>Observatiebord</translation>
        </message>
        <message>
            <source>Patients under observation</source>
            <translation>Patiënten onder observatie</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Vergrendeld.</translation>
        </message>
    </context>
    <context>
        <name>AbsentDialog</name>
        <message>
            <source>Absent patients</source>
            <translation>Afwezige patiënten</translation>
        </message>
        <message>
            <source>Away for at least this many days</source>
            <translation>Minstens zoveel dagen afwezig</translation>
        </message>
        <message>
            <source>Contact log of the chosen patient</source>
            <translation>Contactlog van de gekozen patiënt</translation>
        </message>
        <message>
            <source>How the patient was contacted</source>
            <translation>Hoe de patiënt werd gecontacteerd</translation>
        </message>
        <message>
            <source>Contact note</source>
            <translation>Contactnotitie</translation>
        </message>
        <message>
            <source>e.g. no answer, voicemail</source>
            <translation>bijv. geen antwoord, voicemail</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>Contact &amp;vastleggen</translation>
        </message>
        <message>
            <source>Log the contact</source>
            <translation>Het contact vastleggen</translation>
        </message>
        <message>
            <source>Absent patients message</source>
            <translation>Bericht afwezige patiënten</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Close the absent patients</source>
            <translation>Afwezige patiënten sluiten</translation>
        </message>
        <message>
            <source>Away for at least (&amp;days)</source>
            <translation>Minstens afwezig (&amp;dagen)</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Contactlog</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;Hoe</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Kies eerst de patiënt in de lijst.</translation>
        </message>
        <message>
            <source>Contact logged.</source>
            <translation>Contact vastgelegd.</translation>
        </message>
    </context>
    <context>
        <name>AbsentModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Kliniek-ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Laatste dosis</translation>
        </message>
        <message>
            <source>Days away</source>
            <translation>Dagen afwezig</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Gemiste dagen</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
    </context>
    <context>
        <name>AdministerStep</name>
        <message>
            <source>Administer</source>
            <translation>Toedienen</translation>
        </message>
        <message>
            <source>Administer step</source>
            <translation>Stap toedienen</translation>
        </message>
        <message>
            <source>Prepared dose</source>
            <translation>Bereide dosis</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Toedieningsweg</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Cabine</translation>
        </message>
        <message>
            <source>Booth {n}</source>
            <translation>Cabine {n}</translation>
        </message>
        <message>
            <source>&amp;Full: all of it was injected</source>
            <translation>&amp;Volledig: alles is geïnjecteerd</translation>
        </message>
        <message>
            <source>&amp;Partial: some was injected</source>
            <translation>&amp;Gedeeltelijk: een deel is geïnjecteerd</translation>
        </message>
        <message>
            <source>Fai&amp;led: nothing or little went in</source>
            <translation>&amp;Mislukt: niets of weinig is ingespoten</translation>
        </message>
        <message>
            <source>Outcome full</source>
            <translation>Resultaat volledig</translation>
        </message>
        <message>
            <source>Outcome partial</source>
            <translation>Resultaat gedeeltelijk</translation>
        </message>
        <message>
            <source>Outcome failed</source>
            <translation>Resultaat mislukt</translation>
        </message>
        <message>
            <source>Milligrams actually injected</source>
            <translation>Werkelijk geïnjecteerde milligram</translation>
        </message>
        <message>
            <source>mg injected</source>
            <translation>mg geïnjecteerd</translation>
        </message>
        <message>
            <source>Remainder to waste</source>
            <translation>Rest te vernietigen</translation>
        </message>
        <message>
            <source>Venous access failed (longer observation)</source>
            <translation>Veneuze toegang mislukt (langere observatie)</translation>
        </message>
        <message>
            <source>Venous access failed</source>
            <translation>Veneuze toegang mislukt</translation>
        </message>
        <message>
            <source>&amp;Record administration</source>
            <translation>Toediening &amp;registreren</translation>
        </message>
        <message>
            <source>Record administration</source>
            <translation>Toediening registreren</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Bezoek &amp;beëindigen</translation>
        </message>
        <message>
            <source>End visit without a dose</source>
            <translation>Bezoek beëindigen zonder dosis</translation>
        </message>
        <message>
            <source>Administration message</source>
            <translation>Bericht toediening</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>&amp;Booth</source>
            <translation>&amp;Cabine</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>&amp;Injected (mg)</source>
            <translation>Geï&amp;njecteerd (mg)</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Vernietiging</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>enter the mg injected, 0 if nothing (at most {prepared})</source>
            <translation>voer de geïnjecteerde mg in, 0 als er niets is ingespoten (hoogstens {prepared})</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <source>Adverse event: %1</source>
            <translation>Ongewenst voorval: %1</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>&amp;Wat er gebeurde</translation>
        </message>
        <message>
            <source>Nalo&amp;xone</source>
            <translation>Nalo&amp;xon</translation>
        </message>
        <message>
            <source>Naloxone &amp;dose (mg)</source>
            <translation>Naloxon&amp;dosis (mg)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Tijdstip</translation>
        </message>
        <message>
            <source>Choose what happened…</source>
            <translation>Kies wat er gebeurde…</translation>
        </message>
        <message>
            <source>Choose: was naloxone given?</source>
            <translation>Kies: is er naloxon gegeven?</translation>
        </message>
        <message>
            <source>No naloxone given</source>
            <translation>Geen naloxon gegeven</translation>
        </message>
        <message>
            <source>Naloxone given (enter the dose)</source>
            <translation>Naloxon gegeven (voer de dosis in)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>Naloxone given or not</source>
            <translation>Naloxon gegeven of niet</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Wat ontbreekt</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>Kies wat er gebeurde.</translation>
        </message>
        <message>
            <source>Say whether naloxone was given.</source>
            <translation>Geef aan of er naloxon is gegeven.</translation>
        </message>
        <message>
            <source>Enter the naloxone dose in mg, or choose 'No naloxone given'.</source>
            <translation>Voer de naloxondosis in mg in, of kies 'Geen naloxon gegeven'.</translation>
        </message>
        <message>
            <source>Naloxone dose in milligrams</source>
            <translation>Naloxondosis in milligram</translation>
        </message>
        <message>
            <source>e.g. 0.4</source>
            <translation>bijv. 0,4</translation>
        </message>
        <message>
            <source>Time of the event</source>
            <translation>Tijdstip van het voorval</translation>
        </message>
    </context>
    <context>
        <name>AssessStep</name>
        <message>
            <source>Sedation score</source>
            <translation>Sedatiescore</translation>
        </message>
        <message>
            <source>Breath alcohol in per mille (optional)</source>
            <translation>Ademalcohol in promille (optioneel)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>niet gemeten</translation>
        </message>
        <message>
            <source>Assessment notes</source>
            <translation>Notities bij de beoordeling</translation>
        </message>
        <message>
            <source>notes (optional)</source>
            <translation>notities (optioneel)</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dosis in mg</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Middel</translation>
        </message>
        <message>
            <source>Record assessment and &amp;check rules</source>
            <translation>Beoordeling vastleggen en regels &amp;controleren</translation>
        </message>
        <message>
            <source>Record assessment and check rules</source>
            <translation>Beoordeling vastleggen en regels controleren</translation>
        </message>
        <message>
            <source>&amp;Sedation</source>
            <translation>&amp;Sedatie</translation>
        </message>
        <message>
            <source>Breath &amp;alcohol (‰)</source>
            <translation>&amp;Ademalcohol (‰)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notities</translation>
        </message>
        <message>
            <source>&amp;Dose (mg)</source>
            <translation>&amp;Dosis (mg)</translation>
        </message>
        <message>
            <source>The rules' decision</source>
            <translation>De beslissing van de regels</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslissing</translation>
        </message>
        <message>
            <source>Reasons for the decision</source>
            <translation>Redenen voor de beslissing</translation>
        </message>
        <message>
            <source>Use the dose the rules allow</source>
            <translation>De door de regels toegestane dosis gebruiken</translation>
        </message>
        <message>
            <source>I have read the warnings</source>
            <translation>Ik heb de waarschuwingen gelezen</translation>
        </message>
        <message>
            <source>Comment on the warning</source>
            <translation>Opmerking bij de waarschuwing</translation>
        </message>
        <message>
            <source>comment (required)</source>
            <translation>opmerking (verplicht)</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Reden voor de afwijking</translation>
        </message>
        <message>
            <source>why the dose should be given</source>
            <translation>waarom de dosis gegeven moet worden</translation>
        </message>
        <message>
            <source>Get a second person's approval</source>
            <translation>Goedkeuring van een tweede persoon vragen</translation>
        </message>
        <message>
            <source>Get a second person's appro&amp;val…</source>
            <translation>&amp;Goedkeuring van een tweede persoon vragen…</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Goedkeuring</translation>
        </message>
        <message>
            <source>Assessment message</source>
            <translation>Bericht beoordeling</translation>
        </message>
        <message>
            <source>Continue to &amp;prepare</source>
            <translation>Door naar &amp;bereiden</translation>
        </message>
        <message>
            <source>Continue to prepare</source>
            <translation>Door naar bereiden</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Bezoek b&amp;eëindigen</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Bezoek beëindigen</translation>
        </message>
        <message>
            <source>Assess the patient</source>
            <translation>De patiënt beoordelen</translation>
        </message>
        <message>
            <source>Assessment step</source>
            <translation>Stap beoordeling</translation>
        </message>
        <message>
            <source>Choose the sedation score first.</source>
            <translation>Kies eerst de sedatiescore.</translation>
        </message>
        <message>
            <source>Breath alcohol must be a number (e.g. 0.2).</source>
            <translation>Ademalcohol moet een getal zijn (bijv. 0.2).</translation>
        </message>
        <message>
            <source>Use {dose} (the most allowed now)</source>
            <translation>{dose} gebruiken (het maximum dat nu is toegestaan)</translation>
        </message>
        <message>
            <source>Write the reason for the override first.</source>
            <translation>Schrijf eerst de reden voor de afwijking.</translation>
        </message>
        <message>
            <source>Approve this dose despite: {concerns}</source>
            <translation>Deze dosis goedkeuren ondanks: {concerns}</translation>
        </message>
        <message>
            <source>Approved by {name}: {reason}</source>
            <translation>Goedgekeurd door {name}: {reason}</translation>
        </message>
        <message>
            <source>Warnings read and acknowledged.</source>
            <translation>Waarschuwingen gelezen en bevestigd.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take the patient's photo</source>
            <translation>Foto van de patiënt maken</translation>
        </message>
        <message>
            <source>Camera message</source>
            <translation>Bericht camera</translation>
        </message>
        <message>
            <source>Camera picture</source>
            <translation>Camerabeeld</translation>
        </message>
        <message>
            <source>&amp;Take photo</source>
            <translation>&amp;Foto maken</translation>
        </message>
        <message>
            <source>Take the photo now</source>
            <translation>Nu de foto maken</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Close without a photo</source>
            <translation>Sluiten zonder foto</translation>
        </message>
        <message>
            <source>No camera is connected to this computer.</source>
            <translation>Er is geen camera op deze computer aangesloten.</translation>
        </message>
        <message>
            <source>The camera is not ready yet: try again.</source>
            <translation>De camera is nog niet gereed: probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The camera reported a problem: no photo was taken.</source>
            <translation>De camera meldde een probleem: er is geen foto gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>CardIssueDialog</name>
        <message>
            <source>Issue a patient's card</source>
            <translation>Een patiëntenpas uitgeven</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Een patiënt zoeken op kliniek-ID of naam</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>kliniek-ID of naam</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patiënten op de lijst van dit station</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patiënt</translation>
        </message>
        <message>
            <source>Card message</source>
            <translation>Bericht pas</translation>
        </message>
        <message>
            <source>&amp;Issue card…</source>
            <translation>Pas &amp;uitgeven…</translation>
        </message>
        <message>
            <source>Have the server issue the chosen patient's card</source>
            <translation>De server de pas van de gekozen patiënt laten uitgeven</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Close the card screen</source>
            <translation>Het passcherm sluiten</translation>
        </message>
        <message>
            <source>Choose the patient first.</source>
            <translation>Kies eerst de patiënt.</translation>
        </message>
        <message>
            <source>Asking the central server for the card…</source>
            <translation>De pas wordt bij de centrale server aangevraagd…</translation>
        </message>
        <message>
            <source>Card {serial} for {clinic_id} written to {file}: print it, hand it to the patient and delete the file (it carries the patient's name). Their earlier cards stop working at each station once it syncs.</source>
            <translation>Pas {serial} voor {clinic_id} geschreven naar {file}: print hem, geef hem aan de patiënt en verwijder het bestand (het bevat de naam van de patiënt). Eerdere passen van de patiënt werken niet meer op een station zodra dat synchroniseert.</translation>
        </message>
    </context>
    <context>
        <name>ClinicRulesDialog</name>
        <message>
            <source>Clinic rules and station settings</source>
            <translation>Kliniekregels en stationinstellingen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>De instellingen sluiten</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <source>&amp;Start a blind count</source>
            <translation>Blinde telling &amp;starten</translation>
        </message>
        <message>
            <source>Start a count</source>
            <translation>Een telling starten</translation>
        </message>
        <message>
            <source>Count sheet</source>
            <translation>Telblad</translation>
        </message>
        <message>
            <source>Record the &amp;count</source>
            <translation>&amp;Telling vastleggen</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>De telling vastleggen</translation>
        </message>
        <message>
            <source>Count result</source>
            <translation>Resultaat van de telling</translation>
        </message>
        <message>
            <source>Count message</source>
            <translation>Bericht telling</translation>
        </message>
        <message>
            <source>Open discrepancies</source>
            <translation>Openstaande verschillen</translation>
        </message>
        <message>
            <source>Reason for the discrepancy</source>
            <translation>Reden voor het verschil</translation>
        </message>
        <message>
            <source>Sign &amp;off</source>
            <translation>&amp;Aftekenen</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as the signed-in person</source>
            <translation>Het verschil aftekenen als de aangemelde persoon</translation>
        </message>
        <message>
            <source>Sign off as a second &amp;person…</source>
            <translation>Aftekenen door tweede &amp;persoon…</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as another person</source>
            <translation>Het verschil aftekenen als een andere persoon</translation>
        </message>
        <message>
            <source>Discrepancies waiting for a sign-off</source>
            <translation>Verschillen die op aftekening wachten</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Geteld</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>oplossing</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>voorraad</translation>
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
            <translation>Tel wat er is en typ het in; de registerwaarden verschijnen daarna.</translation>
        </message>
        <message>
            <source>Nothing holds drug on the books: there is nothing to count.</source>
            <translation>Volgens het register bevat niets middel: er valt niets te tellen.</translation>
        </message>
        <message>
            <source>Type a count for {batch}.</source>
            <translation>Voer een telling in voor {batch}.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Verwacht</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>discrepancy</source>
            <translation>verschil</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>klopt</translation>
        </message>
        <message>
            <source>The count matches the book.</source>
            <translation>De telling klopt met het register.</translation>
        </message>
        <message>
            <source>Count recorded: no discrepancy.</source>
            <translation>Telling vastgelegd: geen verschil.</translation>
        </message>
        <message numerus="yes">
            <source>%n container(s) differ from the book.</source>
            <translation>
                <numerusform>%n verpakking wijkt af van het register.</numerusform>
                <numerusform>%n verpakkingen wijken af van het register.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count recorded with a discrepancy: give the reason and sign it off.</source>
            <translation>Telling vastgelegd met een verschil: geef de reden en laat het aftekenen.</translation>
        </message>
        <message>
            <source>Count {id}</source>
            <translation>Telling {id}</translation>
        </message>
        <message>
            <source>Choose a discrepancy to sign off.</source>
            <translation>Kies een verschil om af te tekenen.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Geef de reden voor het verschil.</translation>
        </message>
        <message>
            <source>Discrepancy signed off; the book follows the count.</source>
            <translation>Verschil afgetekend; het register volgt de telling.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Geweigerd: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CounterScreen</name>
        <message>
            <source>Observation board</source>
            <translation>Observatiebord</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Onverwachte fout</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. What was already saved is kept; the step you were doing was not saved unless it shows as done. Please tell the technician.</source>
            <translation>Er is iets misgegaan in het programma. Wat al was opgeslagen, blijft bewaard; de stap waarmee u bezig was, is niet opgeslagen tenzij die als voltooid wordt getoond. Meld het aan de technicus.</translation>
        </message>
        <message>
            <source>This step failed because of an error in the program; it was not saved. Try again, or tell the technician.</source>
            <translation>Deze stap is mislukt door een fout in het programma; hij is niet opgeslagen. Probeer het opnieuw of meld het aan de technicus.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>The bundle holds versions, settings, calibrations, event counts, logs and the device traffic of the raw monitors (scans and label fields only as their length and a hash). Names, clinic ids and birth dates are removed from every file.</source>
            <translation>Het pakket bevat versies, instellingen, kalibraties, aantallen gebeurtenissen, logs en het apparaatverkeer van de ruwe monitors (scans en etiketvelden alleen als lengte en hash). Namen, kliniek-ID's en geboortedata worden uit elk bestand verwijderd.</translation>
        </message>
        <message>
            <source>What the bundle holds</source>
            <translation>Wat het pakket bevat</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics bundle…</source>
            <translation>&amp;Diagnosepakket opslaan…</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle</source>
            <translation>Het diagnosepakket opslaan</translation>
        </message>
        <message>
            <source>Diagnostics message</source>
            <translation>Bericht diagnose</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip-bestanden (*.zip)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wordt geschreven…</translation>
        </message>
        <message>
            <source>Diagnostics bundle saved: {file}</source>
            <translation>Diagnosepakket opgeslagen: {file}</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <source>Discharge: %1</source>
            <translation>Ontslaan: %1</translation>
        </message>
        <message>
            <source>The observation time is not over yet (%1 left). A discharge now needs a reason.</source>
            <translation>De observatietijd is nog niet voorbij (nog %1). Nu ontslaan vereist een reden.</translation>
        </message>
        <message>
            <source>The observation time is over. Discharge the patient?</source>
            <translation>De observatietijd is voorbij. Patiënt ontslaan?</translation>
        </message>
        <message>
            <source>&amp;Why does the patient leave early?</source>
            <translation>&amp;Waarom vertrekt de patiënt eerder?</translation>
        </message>
        <message>
            <source>Reason for leaving early</source>
            <translation>Reden voor vroeg vertrek</translation>
        </message>
        <message>
            <source>e.g. leaves against advice, signed out</source>
            <translation>bijv. vertrekt tegen advies in, heeft getekend</translation>
        </message>
        <message>
            <source>A second person (nurse or clinic lead) confirms this next.</source>
            <translation>Een tweede persoon (verpleegkundige of teamleider) bevestigt dit hierna.</translation>
        </message>
        <message>
            <source>Discharge &amp;note</source>
            <translation>Ontslag&amp;notitie</translation>
        </message>
        <message>
            <source>Discharge note</source>
            <translation>Ontslagnotitie</translation>
        </message>
        <message>
            <source>e.g. alert, walking steadily</source>
            <translation>bijv. alert, loopt stabiel</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Wat ontbreekt</translation>
        </message>
        <message>
            <source>&amp;Discharge</source>
            <translation>&amp;Ontslaan</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Ontslaan</translation>
        </message>
        <message>
            <source>Say why the patient leaves before the time is up.</source>
            <translation>Geef aan waarom de patiënt vertrekt voordat de tijd om is.</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <source>Dose recorded</source>
            <translation>Dosis vastgelegd</translation>
        </message>
        <message>
            <source>Observation summary</source>
            <translation>Samenvatting van de observatie</translation>
        </message>
        <message>
            <source>&amp;Next patient</source>
            <translation>&amp;Volgende patiënt</translation>
        </message>
        <message>
            <source>Next patient</source>
            <translation>Volgende patiënt</translation>
        </message>
    </context>
    <context>
        <name>DoseActions</name>
        <message>
            <source>Recent doses</source>
            <translation>Recente doses</translation>
        </message>
        <message>
            <source>Recent doses of the chosen patient</source>
            <translation>Recente doses van de gekozen patiënt</translation>
        </message>
        <message>
            <source>No dose on record.</source>
            <translation>Geen dosis geregistreerd.</translation>
        </message>
        <message>
            <source>No dose on record</source>
            <translation>Geen dosis geregistreerd</translation>
        </message>
        <message>
            <source>Reason for voiding the dose or correcting its time</source>
            <translation>Reden om de dosis ongeldig te maken of de tijd te corrigeren</translation>
        </message>
        <message>
            <source>e.g. recorded for the wrong patient</source>
            <translation>bijv. bij de verkeerde patiënt geregistreerd</translation>
        </message>
        <message>
            <source>&amp;Void the chosen dose…</source>
            <translation>Gekozen dosis &amp;ongeldig maken…</translation>
        </message>
        <message>
            <source>Void the chosen dose record</source>
            <translation>De registratie van de gekozen dosis ongeldig maken</translation>
        </message>
        <message>
            <source>Corrected time of the chosen dose, in the clinic's time zone</source>
            <translation>Gecorrigeerde tijd van de gekozen dosis, in de tijdzone van de kliniek</translation>
        </message>
        <message>
            <source>&amp;Correct the time</source>
            <translation>Tijd &amp;corrigeren</translation>
        </message>
        <message>
            <source>Correct the chosen dose's time</source>
            <translation>De tijd van de gekozen dosis corrigeren</translation>
        </message>
        <message>
            <source>Recent &amp;doses</source>
            <translation>Recente &amp;doses</translation>
        </message>
        <message>
            <source>Re&amp;ason</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>Corrected ti&amp;me (clinic time)</source>
            <translation>Gecorrigeerde &amp;tijd (kliniektijd)</translation>
        </message>
        <message>
            <source>{time}  {drug} {mg} ({outcome}), station {station}</source>
            <translation>{time}  {drug} {mg} ({outcome}), station {station}</translation>
        </message>
        <message>
            <source> — VOIDED</source>
            <translation> — ONGELDIG</translation>
        </message>
        <message>
            <source>Choose a patient and one of their doses first.</source>
            <translation>Kies eerst een patiënt en een van zijn of haar doses.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Geef aan waarom de dosisregistratie ongeldig wordt gemaakt.</translation>
        </message>
        <message>
            <source>Confirm that this dose record was entered in error and is voided.</source>
            <translation>Bevestig dat deze dosisregistratie per vergissing is ingevoerd en ongeldig wordt gemaakt.</translation>
        </message>
        <message>
            <source>The dose record is voided; it no longer counts.</source>
            <translation>De dosisregistratie is ongeldig gemaakt; ze telt niet meer mee.</translation>
        </message>
        <message>
            <source>The dose's time is corrected to {time}.</source>
            <translation>De tijd van de dosis is gecorrigeerd naar {time}.</translation>
        </message>
    </context>
    <context>
        <name>DoseWords</name>
        <message>
            <source>full</source>
            <translation>volledig</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>gedeeltelijk</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
    </context>
    <context>
        <name>EndVisitDialog</name>
        <message>
            <source>The patient left</source>
            <translation>De patiënt is vertrokken</translation>
        </message>
        <message>
            <source>The patient declined the dose</source>
            <translation>De patiënt heeft de dosis geweigerd</translation>
        </message>
        <message>
            <source>Not fit for a dose now (intoxicated, unwell)</source>
            <translation>Nu niet in staat voor een dosis (onder invloed, onwel)</translation>
        </message>
        <message>
            <source>The rules allow no dose now</source>
            <translation>De regels staan nu geen dosis toe</translation>
        </message>
        <message>
            <source>A problem with the syringe or the solution</source>
            <translation>Een probleem met de spuit of de oplossing</translation>
        </message>
        <message>
            <source>Another reason (say which)</source>
            <translation>Een andere reden (geef aan welke)</translation>
        </message>
        <message>
            <source>End the visit without a dose</source>
            <translation>Het bezoek beëindigen zonder dosis</translation>
        </message>
        <message>
            <source>The patient was assessed. Why is the dose not given?</source>
            <translation>De patiënt is beoordeeld. Waarom wordt de dosis niet gegeven?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Why the dose is not given</source>
            <translation>Waarom de dosis niet wordt gegeven</translation>
        </message>
        <message>
            <source>choose why…</source>
            <translation>kies waarom…</translation>
        </message>
        <message>
            <source>More about why</source>
            <translation>Meer over de reden</translation>
        </message>
        <message>
            <source>words (required for another)</source>
            <translation>toelichting (verplicht bij een andere reden)</translation>
        </message>
        <message>
            <source>E&amp;nd the visit</source>
            <translation>Bezoek &amp;beëindigen</translation>
        </message>
        <message>
            <source>End the visit</source>
            <translation>Het bezoek beëindigen</translation>
        </message>
        <message>
            <source>&amp;Keep the visit</source>
            <translation>Bezoek &amp;voortzetten</translation>
        </message>
        <message>
            <source>Keep the visit</source>
            <translation>Het bezoek voortzetten</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Waarom</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Meer</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentPage</name>
        <message>
            <source>Enrollment state</source>
            <translation>Registratiestatus</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradres</translation>
        </message>
        <message>
            <source>One-time enrollment code</source>
            <translation>Eenmalige registratiecode</translation>
        </message>
        <message>
            <source>Clinic CA file (PEM)</source>
            <translation>CA-bestand van de kliniek (PEM)</translation>
        </message>
        <message>
            <source>Optional: /path/to/clinic-ca.pem</source>
            <translation>Optioneel: /pad/naar/clinic-ca.pem</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Kiezen…</translation>
        </message>
        <message>
            <source>Choose the clinic CA file</source>
            <translation>Het CA-bestand van de kliniek kiezen</translation>
        </message>
        <message>
            <source>Only needed when the server's certificate is signed by the clinic's own certificate authority.</source>
            <translation>Alleen nodig als het certificaat van de server is ondertekend door de eigen certificaatautoriteit van de kliniek.</translation>
        </message>
        <message>
            <source>About the clinic CA file</source>
            <translation>Over het CA-bestand van de kliniek</translation>
        </message>
        <message>
            <source>&amp;Enroll this station</source>
            <translation>Dit station &amp;registreren</translation>
        </message>
        <message>
            <source>Enroll this station</source>
            <translation>Dit station registreren</translation>
        </message>
        <message>
            <source>Check and &amp;use this CA file</source>
            <translation>Dit CA-bestand controleren en &amp;gebruiken</translation>
        </message>
        <message>
            <source>Check the server's certificate with this CA file, then use it</source>
            <translation>Het certificaat van de server met dit CA-bestand controleren en het dan gebruiken</translation>
        </message>
        <message>
            <source>Use the s&amp;ystem's CAs</source>
            <translation>De CA's van het s&amp;ysteem gebruiken</translation>
        </message>
        <message>
            <source>Check the server's certificate with the system's CAs again</source>
            <translation>Het certificaat van de server weer met de CA's van het systeem controleren</translation>
        </message>
        <message>
            <source>Enrollment message</source>
            <translation>Bericht registratie</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>Server&amp;adres</translation>
        </message>
        <message>
            <source>One-time &amp;code</source>
            <translation>Een&amp;malige code</translation>
        </message>
        <message>
            <source>Clinic CA &amp;file (PEM)</source>
            <translation>CA-&amp;bestand van de kliniek (PEM)</translation>
        </message>
        <message>
            <source>Clinic CA file</source>
            <translation>CA-bestand van de kliniek</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Not enrolled: the station works offline.</source>
            <translation>Niet geregistreerd: het station werkt offline.</translation>
        </message>
        <message>
            <source>To change it, give the clinic's new CA file and press "Check and use this CA file": the server's certificate is checked with it first.</source>
            <translation>Om het te wijzigen, geeft u het nieuwe CA-bestand van de kliniek op en drukt u op 'Dit CA-bestand controleren en gebruiken': het certificaat van de server wordt er eerst mee gecontroleerd.</translation>
        </message>
        <message>
            <source>The server is http://: it has no certificate to check.</source>
            <translation>De server is http://: er is geen certificaat om te controleren.</translation>
        </message>
        <message>
            <source>Enrolled with {url} (clinic {clinic}); server key {key} pinned.</source>
            <translation>Geregistreerd bij {url} (kliniek {clinic}); serversleutel {key} vastgepind.</translation>
        </message>
        <message>
            <source>Server certificate checked with {path}.</source>
            <translation>Servercertificaat gecontroleerd met {path}.</translation>
        </message>
        <message>
            <source>Give the server's address (http:// or https://) and the one-time code.</source>
            <translation>Geef het adres van de server (http:// of https://) en de eenmalige code.</translation>
        </message>
        <message>
            <source>The clinic CA file checks an https:// server: give an https:// address or leave the CA file empty.</source>
            <translation>Het CA-bestand van de kliniek controleert een https://-server: geef een https://-adres of laat het CA-bestand leeg.</translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Registreren…</translation>
        </message>
        <message>
            <source>Give the clinic's CA file (PEM) to check the server's certificate with.</source>
            <translation>Geef het CA-bestand van de kliniek (PEM) waarmee het certificaat van de server wordt gecontroleerd.</translation>
        </message>
        <message>
            <source>Checking the server's certificate…</source>
            <translation>Het certificaat van de server wordt gecontroleerd…</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with {path}.</source>
            <translation>Het certificaat van de server wordt nu gecontroleerd met {path}.</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with the system's CAs.</source>
            <translation>Het certificaat van de server wordt nu gecontroleerd met de CA's van het systeem.</translation>
        </message>
        <message>
            <source>Station enrolled.</source>
            <translation>Station geregistreerd.</translation>
        </message>
    </context>
    <context>
        <name>HandoverBox</name>
        <message>
            <source>checking the face</source>
            <translation>gezicht controleren</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>beoordeling</translation>
        </message>
        <message>
            <source>preparing the syringe</source>
            <translation>spuit bereiden</translation>
        </message>
        <message>
            <source>labelling the syringe</source>
            <translation>spuit etiketteren</translation>
        </message>
        <message>
            <source>the syringe is ready to give</source>
            <translation>de spuit is klaar om te geven</translation>
        </message>
        <message>
            <source>Visit in progress</source>
            <translation>Bezoek bezig</translation>
        </message>
        <message>
            <source>Visit in progress by another person</source>
            <translation>Bezoek bezig door een andere persoon</translation>
        </message>
        <message>
            <source>Whose visit is in progress</source>
            <translation>Wiens bezoek bezig is</translation>
        </message>
        <message>
            <source>&amp;Take over this visit</source>
            <translation>Dit bezoek &amp;overnemen</translation>
        </message>
        <message>
            <source>Take over this visit (recorded)</source>
            <translation>Dit bezoek overnemen (wordt vastgelegd)</translation>
        </message>
        <message>
            <source>A visit is in progress by {name} since {time} ({step}).</source>
            <translation>Er is een bezoek bezig door {name} sinds {time} ({step}).</translation>
        </message>
        <message numerus="yes">
            <source>%n more open visit(s).</source>
            <translation>
                <numerusform>Nog %n open bezoek.</numerusform>
                <numerusform>Nog %n open bezoeken.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdentifyStep</name>
        <message>
            <source>Scan the patient's card (serial scanner or keyboard scanner).</source>
            <translation>Scan de pas van de patiënt (seriële scanner of toetsenbordscanner).</translation>
        </message>
        <message>
            <source>Scan the card</source>
            <translation>De pas scannen</translation>
        </message>
        <message>
            <source>Identification message</source>
            <translation>Bericht identificatie</translation>
        </message>
        <message>
            <source>Without a card</source>
            <translation>Zonder pas</translation>
        </message>
        <message>
            <source>Identify without a card</source>
            <translation>Identificeren zonder pas</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>achternaam</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>Search patients</source>
            <translation>Patiënten zoeken</translation>
        </message>
        <message>
            <source>Matching patients</source>
            <translation>Overeenkomende patiënten</translation>
        </message>
        <message>
            <source>Reason for identifying without a card</source>
            <translation>Reden voor identificatie zonder pas</translation>
        </message>
        <message>
            <source>e.g. card left at home</source>
            <translation>bijv. pas thuis vergeten</translation>
        </message>
        <message>
            <source>Identify with a &amp;witness…</source>
            <translation>Identificeren met een &amp;getuige…</translation>
        </message>
        <message>
            <source>Identify with a witness</source>
            <translation>Identificeren met een getuige</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Achternaam</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>Geboorte&amp;datum</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Overeenkomsten</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>Check the face</source>
            <translation>Het gezicht controleren</translation>
        </message>
        <message>
            <source>Check the face against the photo</source>
            <translation>Het gezicht met de foto vergelijken</translation>
        </message>
        <message>
            <source>Does the person in front of you match the photo and birth date?</source>
            <translation>Komt de persoon voor u overeen met de foto en de geboortedatum?</translation>
        </message>
        <message>
            <source>Face check question</source>
            <translation>Vraag gezichtscontrole</translation>
        </message>
        <message>
            <source>&amp;Yes, it is this patient</source>
            <translation>&amp;Ja, dit is deze patiënt</translation>
        </message>
        <message>
            <source>Face matches: continue</source>
            <translation>Gezicht komt overeen: doorgaan</translation>
        </message>
        <message>
            <source>No, stop</source>
            <translation>Nee, stoppen</translation>
        </message>
        <message>
            <source>Face does not match: stop</source>
            <translation>Gezicht komt niet overeen: stoppen</translation>
        </message>
        <message>
            <source>Checking the card…</source>
            <translation>De pas wordt gecontroleerd…</translation>
        </message>
        <message>
            <source>Identity recorded. Check the face.</source>
            <translation>Identiteit vastgelegd. Controleer het gezicht.</translation>
        </message>
        <message>
            <source>Enter the family name and the birth date.</source>
            <translation>Voer de achternaam en de geboortedatum in.</translation>
        </message>
        <message>
            <source>No patient with this family name and birth date.</source>
            <translation>Geen patiënt met deze achternaam en geboortedatum.</translation>
        </message>
        <message>
            <source>Search and choose the patient first.</source>
            <translation>Zoek en kies eerst de patiënt.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Geef aan waarom de patiënt zonder pas wordt geïdentificeerd.</translation>
        </message>
        <message>
            <source>Confirm that the person at the counter is the patient chosen (no card).</source>
            <translation>Bevestig dat de persoon aan de balie de gekozen patiënt is (zonder pas).</translation>
        </message>
    </context>
    <context>
        <name>IncidentsDialog</name>
        <message>
            <source>Suspected double dose</source>
            <translation>Vermoedelijke dubbele dosis</translation>
        </message>
        <message>
            <source>Daily maximum exceeded across stations</source>
            <translation>Dagmaximum overschreden over stations heen</translation>
        </message>
        <message>
            <source>Two histories under one station (fork)</source>
            <translation>Twee geschiedenissen onder één station (fork)</translation>
        </message>
        <message>
            <source>Records whose signature does not match</source>
            <translation>Registraties waarvan de handtekening niet klopt</translation>
        </message>
        <message>
            <source>Incidents to review</source>
            <translation>Te beoordelen incidenten</translation>
        </message>
        <message>
            <source>Asking the central server…</source>
            <translation>De centrale server wordt bevraagd…</translation>
        </message>
        <message>
            <source>Server state</source>
            <translation>Serverstatus</translation>
        </message>
        <message>
            <source>Incidents raised by the central server</source>
            <translation>Incidenten gemeld door de centrale server</translation>
        </message>
        <message>
            <source>No incident chosen.</source>
            <translation>Geen incident gekozen.</translation>
        </message>
        <message>
            <source>Chosen incident</source>
            <translation>Gekozen incident</translation>
        </message>
        <message>
            <source>Doses involved in the chosen incident</source>
            <translation>Doses betrokken bij het gekozen incident</translation>
        </message>
        <message>
            <source>How the incident was resolved</source>
            <translation>Hoe het incident is afgehandeld</translation>
        </message>
        <message>
            <source>Incidents message</source>
            <translation>Bericht incidenten</translation>
        </message>
        <message>
            <source>&amp;Fetch again</source>
            <translation>Opnieuw &amp;ophalen</translation>
        </message>
        <message>
            <source>Fetch the incidents from the server again</source>
            <translation>De incidenten opnieuw van de server ophalen</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Close the incidents</source>
            <translation>De incidenten sluiten</translation>
        </message>
        <message>
            <source>Resolve the chosen incident</source>
            <translation>Het gekozen incident afhandelen</translation>
        </message>
        <message>
            <source>What was found and done</source>
            <translation>Wat er is vastgesteld en gedaan</translation>
        </message>
        <message>
            <source>e.g. both doses confirmed, patient seen</source>
            <translation>bijv. beide doses bevestigd, patiënt gezien</translation>
        </message>
        <message>
            <source>Your password, to sign as reviewed</source>
            <translation>Uw wachtwoord, om als beoordeeld te ondertekenen</translation>
        </message>
        <message>
            <source>&amp;Resolve (sign as reviewed)</source>
            <translation>&amp;Afhandelen (ondertekenen als beoordeeld)</translation>
        </message>
        <message>
            <source>Resolve the chosen incident with your signature</source>
            <translation>Het gekozen incident met uw handtekening afhandelen</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Incidents</source>
            <translation>&amp;Incidenten</translation>
        </message>
        <message>
            <source>&amp;Doses involved</source>
            <translation>Betrokken &amp;doses</translation>
        </message>
        <message numerus="yes">
            <source>Fetched from the central server at {time}: %n open incident(s).</source>
            <translation>
                <numerusform>Opgehaald van de centrale server om {time}: %n open incident.</numerusform>
                <numerusform>Opgehaald van de centrale server om {time}: %n open incidenten.</numerusform>
            </translation>
        </message>
        <message>
            <source>The central server cannot be asked now, and no list was fetched yet.</source>
            <translation>De centrale server kan nu niet worden bevraagd, en er is nog geen lijst opgehaald.</translation>
        </message>
        <message>
            <source>The central server cannot be asked now: this is the list fetched at {time}.</source>
            <translation>De centrale server kan nu niet worden bevraagd: dit is de lijst die om {time} is opgehaald.</translation>
        </message>
        <message>
            <source>a patient not on this station's roster</source>
            <translation>een patiënt die niet op de lijst van dit station staat</translation>
        </message>
        <message>
            <source>no patient</source>
            <translation>geen patiënt</translation>
        </message>
        <message>
            <source>resolved here, sent with the next sync</source>
            <translation>hier afgehandeld, verzonden bij de volgende synchronisatie</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>afgehandeld</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>{kind} — {patient} — raised {time} — {status}</source>
            <translation>{kind} — {patient} — gemeld {time} — {status}</translation>
        </message>
        <message>
            <source>{time}: {mg} mg {drug} at station {station}, given by {by}</source>
            <translation>{time}: {mg} mg {drug} op station {station}, gegeven door {by}</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(niet bekend bij de server)</translation>
        </message>
        <message>
            <source>Resolved by {name} at {time}: {note}</source>
            <translation>Afgehandeld door {name} om {time}: {note}</translation>
        </message>
        <message>
            <source>Resolved at this station; the server marks it when the station syncs.</source>
            <translation>Op dit station afgehandeld; de server markeert het wanneer het station synchroniseert.</translation>
        </message>
        <message>
            <source>Open: review the doses and resolve it.</source>
            <translation>Open: beoordeel de doses en handel het af.</translation>
        </message>
        <message>
            <source>Enter your password to sign.</source>
            <translation>Voer uw wachtwoord in om te ondertekenen.</translation>
        </message>
        <message>
            <source>Resolved and signed. The server marks it when this station syncs.</source>
            <translation>Afgehandeld en ondertekend. De server markeert het wanneer dit station synchroniseert.</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Register a patient</source>
            <translation>Een patiënt inschrijven</translation>
        </message>
        <message>
            <source>Registration message</source>
            <translation>Bericht inschrijving</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Voornamen</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.jjjj</translation>
        </message>
        <message>
            <source>Clinic number</source>
            <translation>Klinieknummer</translation>
        </message>
        <message>
            <source>e.g. HAT-0042</source>
            <translation>bijv. HAT-0042</translation>
        </message>
        <message>
            <source>Home station</source>
            <translation>Thuisstation</translation>
        </message>
        <message>
            <source>I checked: this is a &amp;different person from the patient(s) on the roster</source>
            <translation>Ik heb gecontroleerd: dit is een &amp;andere persoon dan de patiënt(en) op de lijst</translation>
        </message>
        <message>
            <source>This is a different person</source>
            <translation>Dit is een andere persoon</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>A&amp;chternaam</translation>
        </message>
        <message>
            <source>&amp;Given names</source>
            <translation>&amp;Voornamen</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Geboortedatum</translation>
        </message>
        <message>
            <source>&amp;Clinic number</source>
            <translation>&amp;Klinieknummer</translation>
        </message>
        <message>
            <source>&amp;Home station</source>
            <translation>&amp;Thuisstation</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Inschrijven</translation>
        </message>
        <message>
            <source>Register the patient</source>
            <translation>De patiënt inschrijven</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Close without registering</source>
            <translation>Sluiten zonder inschrijven</translation>
        </message>
        <message>
            <source>Photo for identification</source>
            <translation>Foto voor identificatie</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>Nog geen foto</translation>
        </message>
        <message>
            <source>Photo preview</source>
            <translation>Voorbeeld van de foto</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>Uit bestand &amp;laden…</translation>
        </message>
        <message>
            <source>Import the photo from a file</source>
            <translation>De foto uit een bestand laden</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>&amp;Foto maken…</translation>
        </message>
        <message>
            <source>Take the photo</source>
            <translation>De foto maken</translation>
        </message>
        <message>
            <source>No camera support installed: import the photo from a file.</source>
            <translation>Geen camera-ondersteuning geïnstalleerd: laad de foto uit een bestand.</translation>
        </message>
        <message>
            <source>Camera unavailable</source>
            <translation>Camera niet beschikbaar</translation>
        </message>
        <message>
            <source>Import the patient's photo</source>
            <translation>De foto van de patiënt laden</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>De foto wordt gelezen…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Het bestand kon niet worden gelezen.</translation>
        </message>
        <message>
            <source>Photo preview: a photo is chosen</source>
            <translation>Voorbeeld van de foto: er is een foto gekozen</translation>
        </message>
        <message>
            <source>Photo ready: it is kept with the registration.</source>
            <translation>Foto gereed: hij wordt bij de inschrijving bewaard.</translation>
        </message>
        <message>
            <source>Type the birth date as day.month.year, for example 14.07.1981.</source>
            <translation>Typ de geboortedatum als dag.maand.jaar, bijvoorbeeld 14.07.1981.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDialog</name>
        <message>
            <source>The station's record was changed</source>
            <translation>Het logboek van het station is gewijzigd</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Wat er is gevonden</translation>
        </message>
        <message>
            <source>Until the record is rebuilt, this station gives no dose, counts no stock and does not sync.</source>
            <translation>Tot het logboek opnieuw is opgebouwd, geeft dit station geen dosis, telt het geen voorraad en synchroniseert het niet.</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Wat dit betekent</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain: what the chain can give back is derived again, and what was set back is listed and recorded.</source>
            <translation>Het logboek opnieuw opbouwen uit de geverifieerde keten: wat de keten kan teruggeven, wordt opnieuw afgeleid, en wat is teruggezet, wordt opgesomd en vastgelegd.</translation>
        </message>
        <message>
            <source>Call an administrator: only they can rebuild the record.</source>
            <translation>Roep een beheerder: alleen die kan het logboek opnieuw opbouwen.</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Wat te doen</translation>
        </message>
        <message>
            <source>What the rebuild set back</source>
            <translation>Wat de heropbouw heeft teruggezet</translation>
        </message>
        <message>
            <source>Rebuild message</source>
            <translation>Bericht heropbouw</translation>
        </message>
        <message>
            <source>&amp;Rebuild the record</source>
            <translation>Logboek opnieuw &amp;opbouwen</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain</source>
            <translation>Het logboek opnieuw opbouwen uit de geverifieerde keten</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Rebuilding the record from the verified chain…</source>
            <translation>Het logboek wordt opnieuw opgebouwd uit de geverifieerde keten…</translation>
        </message>
        <message>
            <source>Nothing to set back.</source>
            <translation>Niets terug te zetten.</translation>
        </message>
        <message>
            <source>The record is rebuilt and sealed again: the station works again.</source>
            <translation>Het logboek is opnieuw opgebouwd en weer verzegeld: het station werkt weer.</translation>
        </message>
    </context>
    <context>
        <name>LabelStep</name>
        <message>
            <source>Print the syringe label</source>
            <translation>Het etiket van de spuit printen</translation>
        </message>
        <message>
            <source>Label step</source>
            <translation>Stap etiket</translation>
        </message>
        <message>
            <source>Label preview</source>
            <translation>Voorbeeld van het etiket</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Printerstatus</translation>
        </message>
        <message>
            <source>&amp;Print label</source>
            <translation>Etiket &amp;printen</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Het etiket printen</translation>
        </message>
        <message>
            <source>Printing message</source>
            <translation>Bericht printen</translation>
        </message>
        <message>
            <source>Continue to &amp;administer</source>
            <translation>Door naar &amp;toedienen</translation>
        </message>
        <message>
            <source>Continue to administer</source>
            <translation>Door naar toedienen</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Bezoek &amp;beëindigen</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Bezoek beëindigen</translation>
        </message>
        <message>
            <source>Why the syringe goes without a printed label</source>
            <translation>Waarom de spuit zonder geprint etiket gaat</translation>
        </message>
        <message>
            <source>reason (printer out of order…)</source>
            <translation>reden (printer defect…)</translation>
        </message>
        <message>
            <source>&amp;Go on without a label…</source>
            <translation>&amp;Verder zonder etiket…</translation>
        </message>
        <message>
            <source>Go on without a printed label, with a second person</source>
            <translation>Verder zonder geprint etiket, met een tweede persoon</translation>
        </message>
        <message>
            <source>Printer: {state} — {message}</source>
            <translation>Printer: {state} — {message}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printen…</translation>
        </message>
        <message>
            <source>Label printed. Stick it on the syringe.</source>
            <translation>Etiket geprint. Plak het op de spuit.</translation>
        </message>
        <message>
            <source>Label printed again ({n} prints, recorded with the dose).</source>
            <translation>Etiket opnieuw geprint ({n} keer geprint, vastgelegd bij de dosis).</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>Opnieuw &amp;printen</translation>
        </message>
        <message>
            <source>Not printed: {why}</source>
            <translation>Niet geprint: {why}</translation>
        </message>
        <message>
            <source>Write why the syringe goes without a label first.</source>
            <translation>Schrijf eerst waarom de spuit zonder etiket gaat.</translation>
        </message>
        <message>
            <source>Approve giving this syringe without a printed label.</source>
            <translation>Goedkeuren dat deze spuit zonder geprint etiket wordt gegeven.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>no parity</source>
            <translation>geen pariteit</translation>
        </message>
        <message>
            <source>even parity</source>
            <translation>even pariteit</translation>
        </message>
        <message>
            <source>odd parity</source>
            <translation>oneven pariteit</translation>
        </message>
        <message>
            <source>mark parity</source>
            <translation>mark-pariteit</translation>
        </message>
        <message>
            <source>space parity</source>
            <translation>space-pariteit</translation>
        </message>
        <message>
            <source>stop bits: {bits}</source>
            <translation>stopbits: {bits}</translation>
        </message>
        <message>
            <source>no handshake</source>
            <translation>geen handshake</translation>
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
            <translation>{device}: baudrate</translation>
        </message>
        <message>
            <source>{device} data bits</source>
            <translation>{device}: databits</translation>
        </message>
        <message>
            <source>{device} parity</source>
            <translation>{device}: pariteit</translation>
        </message>
        <message>
            <source>{device} stop bits</source>
            <translation>{device}: stopbits</translation>
        </message>
        <message>
            <source>{device} handshake</source>
            <translation>{device}: handshake</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>{station}: sign in</source>
            <translation>{station}: aanmelden</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <source>Why the screen is locked</source>
            <translation>Waarom het scherm vergrendeld is</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>uw gebruikersnaam</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>your password</source>
            <translation>uw wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Aanmelden</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Bericht aanmelden</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Wachtwoord</translation>
        </message>
        <message>
            <source>Demo mode: fictional staff and patients.</source>
            <translation>Demomodus: fictief personeel en fictieve patiënten.</translation>
        </message>
        <message>
            <source>Demo users and their passwords</source>
            <translation>Demogebruikers en hun wachtwoorden</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Select all demo users</source>
            <translation>Alle demogebruikers selecteren</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Voer uw gebruikersnaam en wachtwoord in.</translation>
        </message>
        <message>
            <source>Opening the station… you are signed in once it is open.</source>
            <translation>Het station wordt geopend… u bent aangemeld zodra het open is.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
    </context>
    <context>
        <name>MessageParts</name>
        <message>
            <source>The dose</source>
            <translation>De dosis</translation>
        </message>
        <message>
            <source>The amount given</source>
            <translation>De gegeven hoeveelheid</translation>
        </message>
        <message>
            <source>a patient's identity without a card</source>
            <translation>de identiteit van een patiënt zonder pas</translation>
        </message>
        <message>
            <source>a syringe without a printed label</source>
            <translation>een spuit zonder geprint etiket</translation>
        </message>
        <message>
            <source>a dose override</source>
            <translation>een afwijking van de dosis</translation>
        </message>
        <message>
            <source>voiding a dose record</source>
            <translation>het ongeldig maken van een dosisregistratie</translation>
        </message>
        <message>
            <source>a discharge before the time</source>
            <translation>een ontslag voordat de tijd om is</translation>
        </message>
        <message>
            <source>reconstitution</source>
            <translation>reconstitutie</translation>
        </message>
        <message>
            <source>destruction</source>
            <translation>vernietiging</translation>
        </message>
        <message>
            <source>movement</source>
            <translation>mutatie</translation>
        </message>
        <message>
            <source>nurse</source>
            <translation>verpleegkundige</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>apotheker</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>technicus</translation>
        </message>
        <message>
            <source>clinic lead</source>
            <translation>teamleider</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <source>prescriber</source>
            <translation>voorschrijvend arts</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} of {second}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The pharmacy workspace is for pharmacists only.</source>
            <translation>De apotheekwerkplek is alleen voor apothekers.</translation>
        </message>
        <message>
            <source>This needs the role {roles}; {username} lacks it.</source>
            <translation>Hiervoor is de rol {roles} nodig; {username} heeft die niet.</translation>
        </message>
        <message>
            <source>The technician's workspace is for technicians only.</source>
            <translation>De werkplek van de technicus is alleen voor technici.</translation>
        </message>
        <message>
            <source>An administrator cannot disable their own account.</source>
            <translation>Een beheerder kan zijn of haar eigen account niet uitschakelen.</translation>
        </message>
        <message>
            <source>A card issuer's key needs its key id.</source>
            <translation>De sleutel van een pasuitgever heeft een sleutel-ID nodig.</translation>
        </message>
        <message>
            <source>This key id is the central server's: its key comes with the enrolment and cannot be replaced here.</source>
            <translation>Deze sleutel-ID is die van de centrale server: de sleutel komt mee met de registratie en kan hier niet worden vervangen.</translation>
        </message>
        <message>
            <source>Check the rules before giving a dose.</source>
            <translation>Controleer de regels voordat u een dosis geeft.</translation>
        </message>
        <message>
            <source>Weigh the syringe and accept its weight before it is given.</source>
            <translation>Weeg de spuit en accepteer het gewicht voordat ze wordt gegeven.</translation>
        </message>
        <message>
            <source>The syringe has no printed label: print it, or a second person approves going without one, with a reason.</source>
            <translation>De spuit heeft geen geprint etiket: print het, of een tweede persoon keurt goed dat er geen is, met een reden.</translation>
        </message>
        <message>
            <source>Solution batch {batch} expired at {expired_at}: it may not be used. Prepare the dose from a usable batch.</source>
            <translation>Oplossingsbatch {batch} is verlopen op {expired_at}: hij mag niet worden gebruikt. Bereid de dosis uit een bruikbare batch.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds only {held} mg in the register, less than this syringe's {prepared} mg: it would be overdrawn. Prepare the dose from another batch and tell the pharmacist (a count is due).</source>
            <translation>Oplossingsbatch {batch} bevat volgens het register slechts {held} mg, minder dan de {prepared} mg van deze spuit: hij zou negatief komen te staan. Bereid de dosis uit een andere batch en meld het aan de apotheker (een telling is nodig).</translation>
        </message>
        <message>
            <source>There is no such solution batch in this station's register.</source>
            <translation>Deze oplossingsbatch bestaat niet in het register van dit station.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds {substance}, not the {drug} the decision is for.</source>
            <translation>Oplossingsbatch {batch} bevat {substance}, niet het {drug} waarvoor de beslissing geldt.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet: sync, or identify the patient without the card.</source>
            <translation>De pas is echt, maar de patiënt staat nog niet op de lijst van dit station: synchroniseer, of identificeer de patiënt zonder pas.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a scanned card was refused; detail: the card check's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The dose ({dose} mg) is above what may be given now ({allowed} mg). Check the rules again for a smaller dose.</source>
            <translation>De dosis ({dose} mg) is hoger dan wat nu gegeven mag worden ({allowed} mg). Controleer de regels opnieuw voor een lagere dosis.</translation>
        </message>
        <message>
            <source>This dose is blocked: {reasons}</source>
            <translation>Deze dosis is geblokkeerd: {reasons}</translation>
        </message>
        <message>
            <source>This visit's dose is recorded already.</source>
            <translation>De dosis van dit bezoek is al vastgelegd.</translation>
        </message>
        <message>
            <source>A dose of 0 mg cannot be recorded as given.</source>
            <translation>Een dosis van 0 mg kan niet als gegeven worden vastgelegd.</translation>
        </message>
        <message>
            <source>Choose the drug and form from the list.</source>
            <translation>Kies het middel en de vorm uit de lijst.</translation>
        </message>
        <message>
            <source>A full injection gives what was prepared ({prepared} mg): record a partial injection for another amount.</source>
            <translation>Een volledige injectie geeft wat is bereid ({prepared} mg): leg een gedeeltelijke injectie vast voor een andere hoeveelheid.</translation>
        </message>
        <message>
            <source>Enter how many mg went in: a partial or failed injection needs the amount given (0 mg when nothing went in).</source>
            <translation>Voer in hoeveel mg is ingespoten: een gedeeltelijke of mislukte injectie vereist de gegeven hoeveelheid (0 mg als er niets is ingespoten).</translation>
        </message>
        <message>
            <source>More than was prepared cannot be given: at most {prepared} mg went in.</source>
            <translation>Er kan niet meer worden gegeven dan er is bereid: hoogstens {prepared} mg is ingespoten.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe before its label is printed.</source>
            <translation>Weeg en accepteer de spuit voordat het etiket wordt geprint.</translation>
        </message>
        <message>
            <source>The server's hold on this patient's dose ran out before the dose was recorded: nothing was recorded; check the rules again.</source>
            <translation>De reservering van de server voor de dosis van deze patiënt is verlopen voordat de dosis werd vastgelegd: er is niets vastgelegd; controleer de regels opnieuw.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Geef aan waarom de patiënt zonder pas wordt geïdentificeerd.</translation>
        </message>
        <message>
            <source>Say how the injection went: full, partial or failed.</source>
            <translation>Geef aan hoe de injectie verliep: volledig, gedeeltelijk of mislukt.</translation>
        </message>
        <message>
            <source>Only a clinic lead can approve this: {reason}</source>
            <translation>Alleen een teamleider kan dit goedkeuren: {reason}</translation>
        </message>
        <message>
            <source>A second person must approve this dose, with a reason.</source>
            <translation>Een tweede persoon moet deze dosis goedkeuren, met een reden.</translation>
        </message>
        <message>
            <source>A partial injection gives more than 0 mg and less than the {prepared} mg prepared: record it as failed or full.</source>
            <translation>Een gedeeltelijke injectie geeft meer dan 0 mg en minder dan de bereide {prepared} mg: leg haar vast als mislukt of volledig.</translation>
        </message>
        <message>
            <source>This patient is not on this station's roster.</source>
            <translation>Deze patiënt staat niet op de lijst van dit station.</translation>
        </message>
        <message>
            <source>Choose how the patient was contacted.</source>
            <translation>Kies hoe de patiënt werd gecontacteerd.</translation>
        </message>
        <message>
            <source>Choose between 1 and {most} days.</source>
            <translation>Kies tussen 1 en {most} dagen.</translation>
        </message>
        <message>
            <source>A contact note holds at most {most} characters.</source>
            <translation>Een contactnotitie telt hoogstens {most} tekens.</translation>
        </message>
        <message>
            <source>The card the server sent is not a genuine card of this clinic for this patient: nothing was printed. Tell the technician.</source>
            <translation>De pas die de server stuurde, is geen echte pas van deze kliniek voor deze patiënt: er is niets geprint. Meld het aan de technicus.</translation>
        </message>
        <message>
            <source>The central server does not know this patient yet: let the station sync (the patient's record goes up with it), then issue the card again.</source>
            <translation>De centrale server kent deze patiënt nog niet: laat het station synchroniseren (het dossier van de patiënt gaat mee), en geef de pas dan opnieuw uit.</translation>
        </message>
        <message>
            <source>This incident is resolved already.</source>
            <translation>Dit incident is al afgehandeld.</translation>
        </message>
        <message>
            <source>This incident is not in the list fetched from the server: fetch it again.</source>
            <translation>Dit incident staat niet in de lijst die van de server is opgehaald: haal ze opnieuw op.</translation>
        </message>
        <message>
            <source>A resolution needs a note saying what was found and done.</source>
            <translation>Een afhandeling vereist een notitie over wat er is vastgesteld en gedaan.</translation>
        </message>
        <message>
            <source>Only the clinic lead signed in may sign this resolution.</source>
            <translation>Alleen de aangemelde teamleider mag deze afhandeling ondertekenen.</translation>
        </message>
        <message>
            <source>The central server is busy: try again in a minute.</source>
            <translation>De centrale server is bezig: probeer het over een minuut opnieuw.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician enrolls it first.</source>
            <translation>Dit station is bij geen server geregistreerd: een technicus moet het eerst registreren.</translation>
        </message>
        <message>
            <source>The central server refused this: {detail}</source>
            <translation>De centrale server heeft dit geweigerd: {detail}</translation>
        </message>
        <message>
            <source>The central server cannot be reached ({detail}).</source>
            <translation>De centrale server is niet bereikbaar ({detail}).</translation>
        </message>
        <message>
            <source>There is no such visit in progress at this station.</source>
            <translation>Een dergelijk bezoek is op dit station niet bezig.</translation>
        </message>
        <message>
            <source>This decision needs no second person's approval.</source>
            <translation>Voor deze beslissing is geen goedkeuring van een tweede persoon nodig.</translation>
        </message>
        <message>
            <source>The prepared dose ({prepared} mg) is above what may be given now ({allowed} mg, weighing tolerance included). Prepare again.</source>
            <translation>De bereide dosis ({prepared} mg) is hoger dan wat nu gegeven mag worden ({allowed} mg, inclusief weegtolerantie). Bereid opnieuw.</translation>
        </message>
        <message>
            <source>A redo needs its reason.</source>
            <translation>Een nieuwe bereiding vereist een reden.</translation>
        </message>
        <message>
            <source>Write what the review found.</source>
            <translation>Schrijf op wat de beoordeling heeft vastgesteld.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing, and the clinic accepts no weighing until it passes one: call the technician.</source>
            <translation>De controle van de weegschaal met het referentiegewicht is te laat, mislukt of ontbreekt, en de kliniek accepteert geen weging tot die slaagt: roep de technicus.</translation>
        </message>
        <message>
            <source>Say why the stop-dose flag is lifted.</source>
            <translation>Geef aan waarom de dosisstop wordt opgeheven.</translation>
        </message>
        <message>
            <source>A stop-dose flag needs its reason.</source>
            <translation>Een dosisstop vereist een reden.</translation>
        </message>
        <message>
            <source>This patient has no such stop-dose flag set.</source>
            <translation>Deze patiënt heeft een dergelijke dosisstop niet.</translation>
        </message>
        <message>
            <source>There is no such dose in this patient's recent record.</source>
            <translation>Deze dosis staat niet bij de recente doses van deze patiënt.</translation>
        </message>
        <message>
            <source>A dose cannot be corrected to a time in the future.</source>
            <translation>Een dosis kan niet naar een tijdstip in de toekomst worden gecorrigeerd.</translation>
        </message>
        <message>
            <source>Say why the dose's time is corrected.</source>
            <translation>Geef aan waarom de tijd van de dosis wordt gecorrigeerd.</translation>
        </message>
        <message>
            <source>The corrected time needs its time zone.</source>
            <translation>De gecorrigeerde tijd heeft een tijdzone nodig.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe first.</source>
            <translation>Weeg en accepteer eerst de spuit.</translation>
        </message>
        <message>
            <source>Say why the syringe goes without a printed label.</source>
            <translation>Geef aan waarom de spuit zonder geprint etiket gaat.</translation>
        </message>
        <message>
            <source>This visit changed meanwhile (another screen?): check it again.</source>
            <translation>Dit bezoek is intussen gewijzigd (een ander scherm?): controleer het opnieuw.</translation>
        </message>
        <message>
            <source>This visit's dose is recorded: start a new visit.</source>
            <translation>De dosis van dit bezoek is vastgelegd: begin een nieuw bezoek.</translation>
        </message>
        <message>
            <source>Say why the visit ends without a dose.</source>
            <translation>Geef aan waarom het bezoek zonder dosis eindigt.</translation>
        </message>
        <message>
            <source>The patient was assessed: say why the dose was not given.</source>
            <translation>De patiënt is beoordeeld: geef aan waarom de dosis niet is gegeven.</translation>
        </message>
        <message>
            <source>Choose why the dose was not given from the list.</source>
            <translation>Kies uit de lijst waarom de dosis niet is gegeven.</translation>
        </message>
        <message>
            <source>This visit was ended: start a new visit.</source>
            <translation>Dit bezoek is beëindigd: begin een nieuw bezoek.</translation>
        </message>
        <message>
            <source>Another person carries this visit on: take it over first (recorded), then go on.</source>
            <translation>Een andere persoon voert dit bezoek: neem het eerst over (wordt vastgelegd) en ga dan verder.</translation>
        </message>
        <message>
            <source>There is no such visit at this station: identify the patient.</source>
            <translation>Een dergelijk bezoek is er niet op dit station: identificeer de patiënt.</translation>
        </message>
        <message>
            <source>There is no such dose to void in this patient's recent record.</source>
            <translation>Een dergelijke dosis om ongeldig te maken staat niet bij de recente doses van deze patiënt.</translation>
        </message>
        <message>
            <source>Only a clinic lead may void a dose another station recorded.</source>
            <translation>Alleen een teamleider mag een dosis ongeldig maken die een ander station heeft vastgelegd.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Geef aan waarom de dosisregistratie ongeldig wordt gemaakt.</translation>
        </message>
        <message>
            <source>Write a comment to acknowledge the warning before dosing.</source>
            <translation>Schrijf een opmerking om de waarschuwing te bevestigen voordat u doseert.</translation>
        </message>
        <message>
            <source>Check the rules for a dose before weighing it.</source>
            <translation>Controleer de regels voor een dosis voordat u die weegt.</translation>
        </message>
        <message>
            <source>The weighed syringe is outside the clinic's tolerance now ({detail}): prepare it again.</source>
            <translation>De gewogen spuit valt nu buiten de tolerantie van de kliniek ({detail}): bereid haar opnieuw.</translation>
        </message>
        <message>
            <source>The weight is a mass in g from the scale.</source>
            <translation>Het gewicht is een massa in g van de weegschaal.</translation>
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
            <translation>{detail} Het station is niet geregistreerd.</translation>
        </message>
        <message>
            <source>{detail} The station was not enrolled.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Het station is niet geregistreerd.</translation>
        </message>
        <message>
            <source>The enrollment code was not accepted (unknown, expired or already used): ask the server's administrator for a new one.</source>
            <translation>De registratiecode is niet geaccepteerd (onbekend, verlopen of al gebruikt): vraag de beheerder van de server om een nieuwe.</translation>
        </message>
        <message>
            <source>Enrollment failed: {detail}</source>
            <translation>Registratie mislukt: {detail}</translation>
        </message>
        <message>
            <source>The server refused the enrollment: {detail}</source>
            <translation>De server heeft de registratie geweigerd: {detail}</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url}: check the address and the network. The station was not enrolled.</source>
            <translation>De server op {url} is niet bereikbaar: controleer het adres en het netwerk. Het station is niet geregistreerd.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>De geboortedatum ligt in de toekomst.</translation>
        </message>
        <message>
            <source>The birth date gives an age over {age} years: check it.</source>
            <translation>De geboortedatum geeft een leeftijd van meer dan {age} jaar: controleer ze.</translation>
        </message>
        <message>
            <source>A clinic number is capital letters and digits in groups joined by single hyphens, at most 20 characters (for example HAT-0042).</source>
            <translation>Een klinieknummer bestaat uit hoofdletters en cijfers in groepen, verbonden door enkele koppeltekens, hoogstens 20 tekens (bijvoorbeeld HAT-0042).</translation>
        </message>
        <message>
            <source>Enter the patient's clinic number.</source>
            <translation>Voer het klinieknummer van de patiënt in.</translation>
        </message>
        <message>
            <source>This clinic number is already on the roster: each patient has their own.</source>
            <translation>Dit klinieknummer staat al op de lijst: elke patiënt heeft een eigen nummer.</translation>
        </message>
        <message>
            <source>The family name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>De achternaam kan niet worden vastgelegd zoals getypt: letters, hoogstens 100 tekens.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Voer de achternaam van de patiënt in.</translation>
        </message>
        <message>
            <source>The given name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>De voornaam kan niet worden vastgelegd zoals getypt: letters, hoogstens 100 tekens.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Voer de voornaam van de patiënt in.</translation>
        </message>
        <message>
            <source>The photo names another clinic number than this patient's: nothing was kept. Open the patient again and take the photo for them.</source>
            <translation>De foto hoort bij een ander klinieknummer dan dat van deze patiënt: er is niets bewaard. Open de patiënt opnieuw en maak de foto voor hem of haar.</translation>
        </message>
        <message>
            <source>This picture is too large (at most 20 MB and 50 million pixels).</source>
            <translation>Deze afbeelding is te groot (hoogstens 20 MB en 50 miljoen pixels).</translation>
        </message>
        <message>
            <source>This picture is too small to recognise a face (at least {size} pixels a side).</source>
            <translation>Deze afbeelding is te klein om een gezicht te herkennen (minstens {size} pixels per zijde).</translation>
        </message>
        <message>
            <source>This file is not a JPEG or PNG picture the station can read.</source>
            <translation>Dit bestand is geen JPEG- of PNG-afbeelding die het station kan lezen.</translation>
        </message>
        <message>
            <source>{count} patient(s) on the roster have this family name and birth date. Check that this is not one of them; register only if this is a different person.</source>
            <translation>{count} patiënt(en) op de lijst hebben deze achternaam en geboortedatum. Controleer dat het niet een van hen is; schrijf alleen in als het een andere persoon is.</translation>
        </message>
        <message>
            <source>The clinic treats adults only: the patient must be at least {age}.</source>
            <translation>De kliniek behandelt alleen volwassenen: de patiënt moet minstens {age} jaar oud zijn.</translation>
        </message>
        <message>
            <source>Breath alcohol is entered as a number in ‰ (or left out).</source>
            <translation>Ademalcohol wordt ingevoerd als getal in ‰ (of weggelaten).</translation>
        </message>
        <message>
            <source>Breath alcohol is between 0 and {maximum} ‰.</source>
            <translation>Ademalcohol ligt tussen 0 en {maximum} ‰.</translation>
        </message>
        <message>
            <source>{what} must be an amount in mg.</source>
            <translation>{what} moet een hoeveelheid in mg zijn.</translation>
        </message>
        <message>
            <source>{what} is not an amount in mg.</source>
            <translation>{what} is geen hoeveelheid in mg.</translation>
        </message>
        <message>
            <source>{what} is not a possible dose (at most {maximum} mg).</source>
            <translation>{what} is geen mogelijke dosis (hoogstens {maximum} mg).</translation>
        </message>
        <message>
            <source>{what} is given to 0.01 mg at most.</source>
            <translation>{what} wordt hoogstens tot op 0,01 mg opgegeven.</translation>
        </message>
        <message>
            <source>The sedation score is a whole number from 0 (alert) to 3 (severe).</source>
            <translation>De sedatiescore is een geheel getal van 0 (alert) tot 3 (ernstig).</translation>
        </message>
        <message>
            <source>An adverse event cannot be recorded as happening in the future.</source>
            <translation>Een ongewenst voorval kan niet in de toekomst worden vastgelegd.</translation>
        </message>
        <message>
            <source>Choose what happened: {kinds}.</source>
            <translation>Kies wat er gebeurde: {kinds}.</translation>
        </message>
        <message>
            <source>This observation is already closed.</source>
            <translation>Deze observatie is al afgesloten.</translation>
        </message>
        <message>
            <source>The observation time is not up: say why the patient leaves early.</source>
            <translation>De observatietijd is niet om: geef aan waarom de patiënt eerder vertrekt.</translation>
        </message>
        <message>
            <source>Naloxone is entered in mg, at most {maximum} mg.</source>
            <translation>Naloxon wordt in mg ingevoerd, hoogstens {maximum} mg.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Schrijf een notitie of voer een vitale functie in.</translation>
        </message>
        <message>
            <source>There is no such observation on this station.</source>
            <translation>Een dergelijke observatie bestaat niet op dit station.</translation>
        </message>
        <message>
            <source>The vital signs were not recorded: {detail}.</source>
            <translation>De vitale functies zijn niet vastgelegd: {detail}.</translation>
        </message>
        <message>
            <source>Give either the mg or the weighed mass, not both.</source>
            <translation>Geef ofwel de mg ofwel de gewogen massa, niet allebei.</translation>
        </message>
        <message>
            <source>Nothing to record: the amount is 0 mg.</source>
            <translation>Niets vast te leggen: de hoeveelheid is 0 mg.</translation>
        </message>
        <message>
            <source>The batch was not made: {detail}.</source>
            <translation>De batch is niet gemaakt: {detail}.</translation>
        </message>
        <message>
            <source>There is no such solution batch.</source>
            <translation>Een dergelijke oplossingsbatch bestaat niet.</translation>
        </message>
        <message>
            <source>There is no such stock lot or solution batch.</source>
            <translation>Een dergelijke voorraadpartij of oplossingsbatch bestaat niet.</translation>
        </message>
        <message>
            <source>The entry to correct is not in the register.</source>
            <translation>De te corrigeren regel staat niet in het register.</translation>
        </message>
        <message>
            <source>A counted container is not on this count sheet.</source>
            <translation>Een getelde verpakking staat niet op dit telblad.</translation>
        </message>
        <message>
            <source>{missing} container(s) on the sheet were not counted.</source>
            <translation>{missing} verpakking(en) op het blad zijn niet geteld.</translation>
        </message>
        <message>
            <source>The person who counted cannot sign off their own count.</source>
            <translation>De persoon die heeft geteld, kan de eigen telling niet aftekenen.</translation>
        </message>
        <message>
            <source>There is no such count.</source>
            <translation>Een dergelijke telling bestaat niet.</translation>
        </message>
        <message>
            <source>This count has no open discrepancy.</source>
            <translation>Deze telling heeft geen openstaand verschil.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Geef de reden voor het verschil.</translation>
        </message>
        <message>
            <source>Only residue, waste, failed injections and destruction go here.</source>
            <translation>Alleen restanten, afval, mislukte injecties en vernietiging horen hier.</translation>
        </message>
        <message>
            <source>This is not a medicine pack code (GS1 DataMatrix or IFA).</source>
            <translation>Dit is geen verpakkingscode van een geneesmiddel (GS1 DataMatrix of IFA).</translation>
        </message>
        <message>
            <source>The pack code cannot be read: {detail}</source>
            <translation>De verpakkingscode is niet leesbaar: {detail}</translation>
        </message>
        <message>
            <source>This pack's serial number was received before; it is refused (a copied or re-used code).</source>
            <translation>Het serienummer van deze verpakking is al eerder ontvangen; ze wordt geweigerd (een gekopieerde of hergebruikte code).</translation>
        </message>
        <message>
            <source>A pack holds 1 to {units} ampoules.</source>
            <translation>Een verpakking bevat 1 tot {units} ampullen.</translation>
        </message>
        <message>
            <source>The pack code carries no batch number; it cannot be received.</source>
            <translation>De verpakkingscode bevat geen batchnummer; ze kan niet worden ontvangen.</translation>
        </message>
        <message>
            <source>The pack code carries no serial number; it cannot be received.</source>
            <translation>De verpakkingscode bevat geen serienummer; ze kan niet worden ontvangen.</translation>
        </message>
        <message>
            <source>The printer could not be opened: check it and print again.</source>
            <translation>De printer kon niet worden geopend: controleer hem en print opnieuw.</translation>
        </message>
        <message>
            <source>A product needs at least one ampoule of more than 0 mg.</source>
            <translation>Een product heeft minstens één ampul van meer dan 0 mg nodig.</translation>
        </message>
        <message>
            <source>This pack's product is not in the catalogue; define it before receiving.</source>
            <translation>Het product van deze verpakking staat niet in de catalogus; leg het vast voordat u ontvangt.</translation>
        </message>
        <message>
            <source>Reconstitute from known stock lots of one substance.</source>
            <translation>Reconstitueer uit bekende voorraadpartijen van één stof.</translation>
        </message>
        <message>
            <source>A solution batch needs a shelf life after reconstitution.</source>
            <translation>Een oplossingsbatch heeft een houdbaarheid na reconstitutie nodig.</translation>
        </message>
        <message>
            <source>A {what} needs a witness who signs with their own password.</source>
            <translation>Dit ({what}) vereist een getuige die met een eigen wachtwoord ondertekent.</translation>
        </message>
        <message>
            <source>The label was not printed: {detail}</source>
            <translation>Het etiket is niet geprint: {detail}</translation>
        </message>
        <message>
            <source>No weight accepted: {detail}</source>
            <translation>Geen gewicht geaccepteerd: {detail}</translation>
        </message>
        <message>
            <source>The daily maximum is above the clinic's daily maximum of {cap} mg for {drug}.</source>
            <translation>Het dagmaximum ligt boven het dagmaximum van de kliniek van {cap} mg voor {drug}.</translation>
        </message>
        <message>
            <source>This patient already has a prescription for {drug} in these days: change or stop it instead.</source>
            <translation>Deze patiënt heeft al een voorschrift voor {drug} op deze dagen: wijzig of stop dat in plaats daarvan.</translation>
        </message>
        <message>
            <source>A change or renewal keeps the order's drug: sign a new order for another drug.</source>
            <translation>Een wijziging of verlenging behoudt het middel van het voorschrift: onderteken een nieuw voorschrift voor een ander middel.</translation>
        </message>
        <message>
            <source>An order cannot end before it starts.</source>
            <translation>Een voorschrift kan niet eindigen voordat het begint.</translation>
        </message>
        <message>
            <source>An order cannot end in the past.</source>
            <translation>Een voorschrift kan niet in het verleden eindigen.</translation>
        </message>
        <message>
            <source>The time between doses cannot be negative.</source>
            <translation>De tijd tussen doses kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>An order's maxima are amounts above 0 mg.</source>
            <translation>De maxima van een voorschrift zijn hoeveelheden boven 0 mg.</translation>
        </message>
        <message>
            <source>An order's maxima are given to 0.01 mg.</source>
            <translation>De maxima van een voorschrift worden tot op 0,01 mg opgegeven.</translation>
        </message>
        <message>
            <source>A new order gets an id of its own: a change, renewal or stop names one.</source>
            <translation>Een nieuw voorschrift krijgt een eigen ID: een wijziging, verlenging of stop verwijst naar een bestaand voorschrift.</translation>
        </message>
        <message>
            <source>A note to the counter is at most {limit} characters.</source>
            <translation>Een notitie voor de balie telt hoogstens {limit} tekens.</translation>
        </message>
        <message>
            <source>This order has ended: renew it or sign a new order.</source>
            <translation>Dit voorschrift is afgelopen: verleng het of onderteken een nieuw voorschrift.</translation>
        </message>
        <message>
            <source>This order was stopped: sign a new order.</source>
            <translation>Dit voorschrift is gestopt: onderteken een nieuw voorschrift.</translation>
        </message>
        <message>
            <source>A prescription brought over from before is ended by a change that gives its last day.</source>
            <translation>Een eerder overgenomen voorschrift wordt beëindigd door een wijziging die de laatste dag vastlegt.</translation>
        </message>
        <message>
            <source>There is no such signed order for this patient.</source>
            <translation>Deze patiënt heeft een dergelijk ondertekend voorschrift niet.</translation>
        </message>
        <message>
            <source>The dose plan cannot be used: {detail}.</source>
            <translation>Het doseringsschema kan niet worden gebruikt: {detail}.</translation>
        </message>
        <message>
            <source>The dose plan must start within the order's days.</source>
            <translation>Het doseringsschema moet binnen de dagen van het voorschrift beginnen.</translation>
        </message>
        <message>
            <source>The dose plan is refused: a step rises more than the clinic's titration rule allows ({rise} % over the day before).</source>
            <translation>Het doseringsschema is geweigerd: een stap stijgt meer dan de titratieregel van de kliniek toestaat ({rise} % boven de dag ervoor).</translation>
        </message>
        <message>
            <source>The dose plan is refused: its first day is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Het doseringsschema is geweigerd: de eerste dag ligt boven het dagmaximum van het voorschrift van {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The dose plan is refused: its ceiling is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Het doseringsschema is geweigerd: het plafond ligt boven het dagmaximum van het voorschrift van {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The review day cannot be before the order starts.</source>
            <translation>De evaluatiedag kan niet vóór het begin van het voorschrift liggen.</translation>
        </message>
        <message>
            <source>The per-session maximum cannot be above the daily maximum.</source>
            <translation>Het maximum per sessie kan niet hoger zijn dan het dagmaximum.</translation>
        </message>
        <message>
            <source>An order gives 1 to 6 sessions a day.</source>
            <translation>Een voorschrift geeft 1 tot 6 sessies per dag.</translation>
        </message>
        <message>
            <source>Only a prescriber signs an order.</source>
            <translation>Alleen een voorschrijvend arts ondertekent een voorschrift.</translation>
        </message>
        <message>
            <source>A stop ends the order from today, or on a later day within the order.</source>
            <translation>Een stop beëindigt het voorschrift vanaf vandaag, of op een latere dag binnen het voorschrift.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet.</source>
            <translation>De pas is echt, maar de patiënt staat nog niet op de lijst van dit station.</translation>
        </message>
        <message>
            <source>Say why the patient leaves the queue.</source>
            <translation>Geef aan waarom de patiënt de wachtrij verlaat.</translation>
        </message>
        <message>
            <source>Neither a patient of this station's roster nor a valid card: {detail}</source>
            <comment>a check-in was refused; detail: the card check's sentence</comment>
            <translation>Geen patiënt van de lijst van dit station en geen geldige pas: {detail}</translation>
        </message>
        <message>
            <source>This patient is not in today's queue.</source>
            <translation>Deze patiënt staat niet in de wachtrij van vandaag.</translation>
        </message>
        <message>
            <source>Scan the patient's card or enter their clinic number.</source>
            <translation>Scan de pas van de patiënt of voer het klinieknummer in.</translation>
        </message>
        <message>
            <source>{setting}: at most {maximum}{unit}.</source>
            <translation>{setting}: hoogstens {maximum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: at least {minimum}{unit}.</source>
            <translation>{setting}: minstens {minimum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: choose one of: {options}.</source>
            <translation>{setting}: kies een van: {options}.</translation>
        </message>
        <message>
            <source>{settings}: this does not fit the clinic's other rule settings — {detail}.</source>
            <translation>{settings}: dit past niet bij de andere regelinstellingen van de kliniek — {detail}.</translation>
        </message>
        <message>
            <source>Only a clinic lead may change the clinic's rule settings.</source>
            <translation>Alleen een teamleider mag de regelinstellingen van de kliniek wijzigen.</translation>
        </message>
        <message>
            <source>The clinic's rule settings do not fit together ({detail}); a clinic lead must correct them.</source>
            <translation>De regelinstellingen van de kliniek passen niet bij elkaar ({detail}); een teamleider moet ze corrigeren.</translation>
        </message>
        <message>
            <source>The clinic's rule setting “{setting}” holds a value this station cannot use ({detail}); a clinic lead must set it again.</source>
            <translation>De regelinstelling van de kliniek '{setting}' bevat een waarde die dit station niet kan gebruiken ({detail}); een teamleider moet ze opnieuw instellen.</translation>
        </message>
        <message>
            <source>{setting}: {detail}.</source>
            <translation>{setting}: {detail}.</translation>
        </message>
        <message>
            <source>{setting}: at most {places} decimal place(s).</source>
            <translation>{setting}: hoogstens {places} decimaal/decimalen.</translation>
        </message>
        <message>
            <source>There is no setting called {key}.</source>
            <translation>Er is geen instelling met de naam {key}.</translation>
        </message>
        <message>
            <source>{setting}: {value} is not a valid value; {hint}.</source>
            <translation>{setting}: {value} is geen geldige waarde; {hint}.</translation>
        </message>
        <message>
            <source>{setting}: a whole number.</source>
            <translation>{setting}: een geheel getal.</translation>
        </message>
        <message>
            <source>The second person must be someone else than the one signed in.</source>
            <translation>De tweede persoon moet iemand anders zijn dan de aangemelde persoon.</translation>
        </message>
        <message>
            <source>{person} cannot sign this ({what}): it needs a {roles}.</source>
            <translation>{person} kan dit niet ondertekenen ({what}): hiervoor is de rol {roles} nodig.</translation>
        </message>
        <message>
            <source>A second person must sign: {what}.</source>
            <translation>Een tweede persoon moet ondertekenen: {what}.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a second person cannot sign; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>Dit account is uitgeschakeld. Vraag het aan een beheerder.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the account is locked after wrong passwords; detail: until when</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The station's disk is full: nothing was recorded. Free some space on the disk (ask the clinic's IT), then record it again.</source>
            <translation>De schijf van het station is vol: er is niets vastgelegd. Maak ruimte vrij op de schijf (vraag de IT van de kliniek) en leg het dan opnieuw vast.</translation>
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
            <translation>Onjuiste gebruikersnaam of onjuist wachtwoord.</translation>
        </message>
        <message>
            <source>This station is already enrolled with {url} (clinic {clinic}); nothing was changed.</source>
            <translation>Dit station is al geregistreerd bij {url} (kliniek {clinic}); er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the CA file cannot be used</comment>
            <translation>{detail} Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The CA file {path} cannot be read ({detail}).</source>
            <translation>Het CA-bestand {path} kan niet worden gelezen ({detail}).</translation>
        </message>
        <message>
            <source>The CA file {path} holds no certificate this station can use (a CA bundle is PEM text: -----BEGIN CERTIFICATE-----).</source>
            <translation>Het CA-bestand {path} bevat geen certificaat dat dit station kan gebruiken (een CA-bundel is PEM-tekst: -----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url} to check its certificate: try again when it can be reached. Nothing was changed.</source>
            <translation>De server op {url} is niet bereikbaar om het certificaat te controleren: probeer het opnieuw wanneer hij bereikbaar is. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: enroll it first (the clinic CA file is given with the enrollment).</source>
            <translation>Dit station is bij geen server geregistreerd: registreer het eerst (het CA-bestand van de kliniek wordt bij de registratie opgegeven).</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician runs 'dosing-station enroll --server URL' (it asks for the code) first.</source>
            <translation>Dit station is bij geen server geregistreerd: een technicus voert eerst 'dosing-station enroll --server URL' uit (dat vraagt om de code).</translation>
        </message>
        <message>
            <source>The server {url} is not https://: it has no certificate to check. Nothing was changed.</source>
            <translation>De server {url} is geen https://: er is geen certificaat om te controleren. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The bundle could not be written: {detail}.</source>
            <translation>Het pakket kon niet worden geschreven: {detail}.</translation>
        </message>
        <message>
            <source>The certified mass and the tolerance must be more than 0 g.</source>
            <translation>De gecertificeerde massa en de tolerantie moeten groter zijn dan 0 g.</translation>
        </message>
        <message>
            <source>Name the device by its serial number.</source>
            <translation>Geef het apparaat de naam van zijn serienummer.</translation>
        </message>
        <message>
            <source>The device profile could not be saved: {detail}.</source>
            <translation>Het apparaatprofiel kon niet worden opgeslagen: {detail}.</translation>
        </message>
    </context>
    <context>
        <name>MovementsPage</name>
        <message>
            <source>Stock lot or solution batch</source>
            <translation>Voorraadpartij of oplossingsbatch</translation>
        </message>
        <message>
            <source>Kind of movement</source>
            <translation>Soort mutatie</translation>
        </message>
        <message>
            <source>Residue</source>
            <translation>Restant</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Afval</translation>
        </message>
        <message>
            <source>Failed injection</source>
            <translation>Mislukte injectie</translation>
        </message>
        <message>
            <source>Destruction (witnessed)</source>
            <translation>Vernietiging (met getuige)</translation>
        </message>
        <message>
            <source>Amount given as</source>
            <translation>Hoeveelheid opgegeven in</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>g weighed (solution)</source>
            <translation>g gewogen (oplossing)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Hoeveelheid</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>why the drug leaves the stock</source>
            <translation>waarom het middel de voorraad verlaat</translation>
        </message>
        <message>
            <source>&amp;Record…</source>
            <translation>&amp;Vastleggen…</translation>
        </message>
        <message>
            <source>Record the movement</source>
            <translation>De mutatie vastleggen</translation>
        </message>
        <message>
            <source>Movement message</source>
            <translation>Bericht mutaties</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Hoeveelheid</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Eenheid</translation>
        </message>
        <message>
            <source>R&amp;eason</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>A destruction is signed by a second person who watched it.</source>
            <translation>Een vernietiging wordt ondertekend door een tweede persoon die erbij was.</translation>
        </message>
        <message>
            <source>About destruction</source>
            <translation>Over vernietiging</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>oplossing</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>voorraad</translation>
        </message>
        <message>
            <source>There is no batch to take drug from.</source>
            <translation>Er is geen batch om middel uit te nemen.</translation>
        </message>
        <message>
            <source>Give the amount (more than 0).</source>
            <translation>Geef de hoeveelheid (meer dan 0).</translation>
        </message>
        <message>
            <source>Witness the destruction of {amount} {unit} from {batch}.</source>
            <translation>Getuige zijn van de vernietiging van {amount} {unit} uit {batch}.</translation>
        </message>
        <message>
            <source>Recorded in the register.</source>
            <translation>Vastgelegd in het register.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Geweigerd: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ObservationBoard</name>
        <message>
            <source>Overdose</source>
            <translation>Overdosis</translation>
        </message>
        <message>
            <source>Respiratory depression</source>
            <translation>Ademhalingsdepressie</translation>
        </message>
        <message>
            <source>Seizure</source>
            <translation>Insult</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>No booth</source>
            <translation>Geen cabine</translation>
        </message>
        <message>
            <source>%1 leaves before the observation time is up (%2). A second person confirms the early discharge.</source>
            <translation>%1 vertrekt voordat de observatietijd om is (%2). Een tweede persoon bevestigt het vroege ontslag.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was recorded; try again.</source>
            <translation>Dit kon niet worden opgeslagen. Er is niets vastgelegd; probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>ObservationCard</name>
        <message>
            <source>No booth</source>
            <translation>Geen cabine</translation>
        </message>
        <message>
            <source>Patient photo</source>
            <translation>Foto van de patiënt</translation>
        </message>
        <message>
            <source>Under observation</source>
            <translation>Onder observatie</translation>
        </message>
        <message>
            <source>Last minutes</source>
            <translation>Laatste minuten</translation>
        </message>
        <message>
            <source>Time is up: check and discharge</source>
            <translation>Tijd is om: controleren en ontslaan</translation>
        </message>
        <message>
            <source>NOT DISCHARGED: check the patient now</source>
            <translation>NIET ONTSLAGEN: controleer de patiënt nu</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>nog %n minuut</numerusform>
                <numerusform>nog %n minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) overdue</source>
            <translation>
                <numerusform>%n minuut te laat</numerusform>
                <numerusform>%n minuten te laat</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, patient %2</source>
            <translation>%1, patiënt %2</translation>
        </message>
        <message>
            <source>Notes and events</source>
            <translation>Notities en gebeurtenissen</translation>
        </message>
        <message>
            <source>Note / vitals</source>
            <translation>Notitie / vitale functies</translation>
        </message>
        <message>
            <source>Adverse event</source>
            <translation>Ongewenst voorval</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Ontslaan</translation>
        </message>
        <message>
            <source>Note or vital signs, %1</source>
            <translation>Notitie of vitale functies, %1</translation>
        </message>
        <message>
            <source>Adverse event, %1</source>
            <translation>Ongewenst voorval, %1</translation>
        </message>
        <message>
            <source>Discharge, %1</source>
            <translation>Ontslaan, %1</translation>
        </message>
        <message>
            <source>Observation, %1</source>
            <translation>Observatie, %1</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Sinds %1</translation>
        </message>
        <message>
            <source>%1 ADVERSE EVENT: %2</source>
            <translation>%1 ONGEWENST VOORVAL: %2</translation>
        </message>
        <message>
            <source>, naloxone %1 mg</source>
            <translation>, naloxon %1 mg</translation>
        </message>
        <message>
            <source>⚠ VITAL SIGNS ALARM: %1</source>
            <translation>⚠ ALARM VITALE FUNCTIES: %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>New order</source>
            <translation>Nieuw voorschrift</translation>
        </message>
        <message>
            <source>Change the order</source>
            <translation>Het voorschrift wijzigen</translation>
        </message>
        <message>
            <source>Renew the order</source>
            <translation>Het voorschrift verlengen</translation>
        </message>
        <message>
            <source>Stop the order</source>
            <translation>Het voorschrift stoppen</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patiënt</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Kies een patiënt</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Middel en vorm</translation>
        </message>
        <message>
            <source>Choose the drug and form</source>
            <translation>Kies het middel en de vorm</translation>
        </message>
        <message>
            <source>Per-session maximum in mg</source>
            <translation>Maximum per sessie in mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Daily maximum in mg</source>
            <translation>Dagmaximum in mg</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Sessies per dag</translation>
        </message>
        <message>
            <source>1 to 6</source>
            <translation>1 tot 6</translation>
        </message>
        <message>
            <source>Minimum interval between doses in minutes</source>
            <translation>Minimuminterval tussen doses in minuten</translation>
        </message>
        <message>
            <source>empty: the clinic's default</source>
            <translation>leeg: de standaard van de kliniek</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <source>Valid until (last day)</source>
            <translation>Geldig tot (laatste dag)</translation>
        </message>
        <message>
            <source>&amp;Keep open-ended (no last day)</source>
            <translation>&amp;Open einde (geen laatste dag)</translation>
        </message>
        <message>
            <source>Open-ended: the order has no last day</source>
            <translation>Open einde: het voorschrift heeft geen laatste dag</translation>
        </message>
        <message>
            <source>Phase of treatment</source>
            <translation>Behandelfase</translation>
        </message>
        <message>
            <source>Choose the phase</source>
            <translation>Kies de fase</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Evaluatie op</translation>
        </message>
        <message>
            <source>Note for the counter</source>
            <translation>Notitie voor de balie</translation>
        </message>
        <message>
            <source>what the nurse should read at the counter</source>
            <translation>wat de verpleegkundige aan de balie moet lezen</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>What is signed</source>
            <translation>Wat wordt ondertekend</translation>
        </message>
        <message>
            <source>Your password, to sign as prescribed</source>
            <translation>Uw wachtwoord, om als voorgeschreven te ondertekenen</translation>
        </message>
        <message>
            <source>Sign as prescri&amp;bed</source>
            <translation>Als voorges&amp;chreven ondertekenen</translation>
        </message>
        <message>
            <source>Sign the order as prescribed</source>
            <translation>Het voorschrift als voorgeschreven ondertekenen</translation>
        </message>
        <message>
            <source>The signature recorded</source>
            <translation>De vastgelegde handtekening</translation>
        </message>
        <message>
            <source>Your pass&amp;word</source>
            <translation>Uw &amp;wachtwoord</translation>
        </message>
        <message>
            <source>You sign this order with the meaning "prescribed", as {name}; the time of signing is recorded with it.</source>
            <translation>U ondertekent dit voorschrift met de betekenis 'voorgeschreven', als {name}; het tijdstip van ondertekening wordt mee vastgelegd.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Voorschrift</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patiënt</translation>
        </message>
        <message>
            <source>&amp;Drug and form</source>
            <translation>&amp;Middel en vorm</translation>
        </message>
        <message>
            <source>Per-&amp;session maximum (mg)</source>
            <translation>Maximum per &amp;sessie (mg)</translation>
        </message>
        <message>
            <source>Daily ma&amp;ximum (mg)</source>
            <translation>&amp;Dagmaximum (mg)</translation>
        </message>
        <message>
            <source>Sessions per da&amp;y</source>
            <translation>Sessies pe&amp;r dag</translation>
        </message>
        <message>
            <source>&amp;Minimum interval (min)</source>
            <translation>Minimum&amp;interval (min)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>Geldig &amp;vanaf</translation>
        </message>
        <message>
            <source>Valid &amp;until (last day)</source>
            <translation>Geldig &amp;tot (laatste dag)</translation>
        </message>
        <message>
            <source>P&amp;hase</source>
            <translation>&amp;Fase</translation>
        </message>
        <message>
            <source>Re&amp;view on</source>
            <translation>&amp;Evaluatie op</translation>
        </message>
        <message>
            <source>Note for the &amp;counter</source>
            <translation>Notitie voor de &amp;balie</translation>
        </message>
        <message>
            <source>Order message</source>
            <translation>Bericht voorschrift</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Sl&amp;uiten</translation>
        </message>
        <message>
            <source>Close the order dialog</source>
            <translation>Het voorschriftvenster sluiten</translation>
        </message>
        <message>
            <source>A new order: check it, then sign it below.</source>
            <translation>Een nieuw voorschrift: controleer het en onderteken het hieronder.</translation>
        </message>
        <message>
            <source>{what} of {drug}, version {version} signed by {name} on {day}.</source>
            <translation>{what} van {drug}, versie {version} ondertekend door {name} op {day}.</translation>
        </message>
        <message>
            <source>empty: the order ends today</source>
            <translation>leeg: het voorschrift eindigt vandaag</translation>
        </message>
        <message>
            <source>Choose the patient.</source>
            <translation>Kies de patiënt.</translation>
        </message>
        <message>
            <source>Choose the drug and form.</source>
            <translation>Kies het middel en de vorm.</translation>
        </message>
        <message>
            <source>Type the per-session maximum in mg.</source>
            <translation>Typ het maximum per sessie in mg.</translation>
        </message>
        <message>
            <source>Type the daily maximum in mg.</source>
            <translation>Typ het dagmaximum in mg.</translation>
        </message>
        <message>
            <source>Type the number of sessions per day.</source>
            <translation>Typ het aantal sessies per dag.</translation>
        </message>
        <message>
            <source>Type the minimum interval in whole minutes, or leave it empty.</source>
            <translation>Typ het minimuminterval in hele minuten, of laat het leeg.</translation>
        </message>
        <message>
            <source>Type the first valid day (dd.mm.yyyy).</source>
            <translation>Typ de eerste geldige dag (dd.mm.jjjj).</translation>
        </message>
        <message>
            <source>Type the last valid day as dd.mm.yyyy.</source>
            <translation>Typ de laatste geldige dag als dd.mm.jjjj.</translation>
        </message>
        <message>
            <source>Type the last valid day, or tick "Keep open-ended".</source>
            <translation>Typ de laatste geldige dag, of vink 'Open einde' aan.</translation>
        </message>
        <message>
            <source>Choose the phase of treatment.</source>
            <translation>Kies de behandelfase.</translation>
        </message>
        <message>
            <source>Type the review day as dd.mm.yyyy.</source>
            <translation>Typ de evaluatiedag als dd.mm.jjjj.</translation>
        </message>
        <message>
            <source>Type your password to sign the order as prescribed.</source>
            <translation>Typ uw wachtwoord om het voorschrift als voorgeschreven te ondertekenen.</translation>
        </message>
        <message>
            <source>Signed with the meaning "prescribed" by {name} on {day} at {time}: order version {version}.</source>
            <translation>Ondertekend met de betekenis 'voorgeschreven' door {name} op {day} om {time}: voorschriftversie {version}.</translation>
        </message>
        <message>
            <source>The order is signed and recorded.</source>
            <translation>Het voorschrift is ondertekend en vastgelegd.</translation>
        </message>
    </context>
    <context>
        <name>OrderNotice</name>
        <message>
            <source>patient</source>
            <translation>patiënt</translation>
        </message>
        <message>
            <source>drug and form</source>
            <translation>middel en vorm</translation>
        </message>
        <message>
            <source>per-session maximum</source>
            <translation>maximum per sessie</translation>
        </message>
        <message>
            <source>daily maximum</source>
            <translation>dagmaximum</translation>
        </message>
        <message>
            <source>sessions per day</source>
            <translation>sessies per dag</translation>
        </message>
        <message>
            <source>minimum interval</source>
            <translation>minimuminterval</translation>
        </message>
        <message>
            <source>valid from</source>
            <translation>geldig vanaf</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>geldig tot</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <source>note for the counter</source>
            <translation>notitie voor de balie</translation>
        </message>
        <message>
            <source>review day</source>
            <translation>evaluatiedag</translation>
        </message>
        <message>
            <source>dose plan</source>
            <translation>doseringsschema</translation>
        </message>
        <message>
            <source>{field} {old} → {new}</source>
            <translation>{field} {old} → {new}</translation>
        </message>
        <message>
            <source>Order expires today ({day}).</source>
            <translation>Het voorschrift verloopt vandaag ({day}).</translation>
        </message>
        <message>
            <source>Order expires in {n} days ({day}).</source>
            <translation>Het voorschrift verloopt over {n} dagen ({day}).</translation>
        </message>
        <message>
            <source>Review date passed ({day}): tell the prescriber.</source>
            <translation>Evaluatiedatum verstreken ({day}): meld het aan de voorschrijvend arts.</translation>
        </message>
        <message>
            <source>Changed since the last dose: {changes}.</source>
            <translation>Gewijzigd sinds de laatste dosis: {changes}.</translation>
        </message>
        <message>
            <source>Prescriber's note: {note}</source>
            <translation>Notitie van de voorschrijvend arts: {note}</translation>
        </message>
        <message>
            <source>Prescriber's order notice</source>
            <translation>Melding over het voorschrift van de voorschrijvend arts</translation>
        </message>
    </context>
    <context>
        <name>OverdoseProtocolDialog</name>
        <message>
            <source>Overdose protocol: %1</source>
            <translation>Overdosisprotocol: %1</translation>
        </message>
        <message>
            <source>%1: vital signs past the clinic's limits. Start the overdose protocol.</source>
            <translation>%1: vitale functies buiten de grenzen van de kliniek. Start het overdosisprotocol.</translation>
        </message>
        <message>
            <source>1. Call for help now: alert a colleague and the emergency team.</source>
            <translation>1. Roep nu hulp: waarschuw een collega en het spoedteam.</translation>
        </message>
        <message>
            <source>2. Give naloxone as the clinic's protocol says; open the airway, support breathing, give oxygen.</source>
            <translation>2. Geef naloxon volgens het protocol van de kliniek; maak de luchtweg vrij, ondersteun de ademhaling, geef zuurstof.</translation>
        </message>
        <message>
            <source>3. Stay with the patient; measure breathing and SpO2 again.</source>
            <translation>3. Blijf bij de patiënt; meet de ademhaling en SpO2 opnieuw.</translation>
        </message>
        <message>
            <source>4. Record the adverse event and the naloxone given.</source>
            <translation>4. Leg het ongewenste voorval en de gegeven naloxon vast.</translation>
        </message>
        <message>
            <source>&amp;Record adverse event</source>
            <translation>Ongewenst voorval &amp;vastleggen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Vital signs past the limits</source>
            <translation>Vitale functies buiten de grenzen</translation>
        </message>
        <message>
            <source>Overdose protocol steps</source>
            <translation>Stappen van het overdosisprotocol</translation>
        </message>
    </context>
    <context>
        <name>PatientActionsDialog</name>
        <message>
            <source>Clinic lead: patient flags and records</source>
            <translation>Teamleider: dosisstops en dossiers van patiënten</translation>
        </message>
        <message>
            <source>Patient stop-dose flags</source>
            <translation>Dosisstops van de patiënt</translation>
        </message>
        <message>
            <source>Void a dose entered in error</source>
            <translation>Een per vergissing ingevoerde dosis ongeldig maken</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Een patiënt zoeken op kliniek-ID of naam</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>kliniek-ID of naam</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patiënten op de lijst van dit station</translation>
        </message>
        <message>
            <source>No patient chosen.</source>
            <translation>Geen patiënt gekozen.</translation>
        </message>
        <message>
            <source>Chosen patient</source>
            <translation>Gekozen patiënt</translation>
        </message>
        <message>
            <source>Patient actions message</source>
            <translation>Bericht patiëntacties</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>Close the patient screen</source>
            <translation>Het patiëntscherm sluiten</translation>
        </message>
        <message>
            <source>Stop-dose flags</source>
            <translation>Dosisstops</translation>
        </message>
        <message>
            <source>Stop-dose flags set now</source>
            <translation>Actieve dosisstops</translation>
        </message>
        <message>
            <source>Reason for a new stop-dose flag</source>
            <translation>Reden voor een nieuwe dosisstop</translation>
        </message>
        <message>
            <source>e.g. physician review pending</source>
            <translation>bijv. beoordeling door arts in afwachting</translation>
        </message>
        <message>
            <source>&amp;Set a stop-dose flag</source>
            <translation>&amp;Dosisstop instellen</translation>
        </message>
        <message>
            <source>Set a stop-dose flag with this reason</source>
            <translation>Een dosisstop met deze reden instellen</translation>
        </message>
        <message>
            <source>Reason for lifting the chosen flag</source>
            <translation>Reden om de gekozen stop op te heffen</translation>
        </message>
        <message>
            <source>e.g. physician reviewed</source>
            <translation>bijv. door de arts beoordeeld</translation>
        </message>
        <message>
            <source>&amp;Lift the chosen flag</source>
            <translation>Gekozen stop &amp;opheffen</translation>
        </message>
        <message>
            <source>Lift the chosen stop-dose flag</source>
            <translation>De gekozen dosisstop opheffen</translation>
        </message>
        <message>
            <source>Stop-dose fla&amp;gs set now</source>
            <translation>&amp;Actieve dosisstops</translation>
        </message>
        <message>
            <source>Reason for a &amp;new flag</source>
            <translation>Reden voor een &amp;nieuwe stop</translation>
        </message>
        <message>
            <source>Reason for l&amp;ifting</source>
            <translation>Reden voor op&amp;heffen</translation>
        </message>
        <message>
            <source>Review after a break</source>
            <translation>Beoordeling na een onderbreking</translation>
        </message>
        <message>
            <source>Reviews after a break on record</source>
            <translation>Vastgelegde beoordelingen na een onderbreking</translation>
        </message>
        <message>
            <source>What the review after a break found</source>
            <translation>Wat de beoordeling na de onderbreking vond</translation>
        </message>
        <message>
            <source>e.g. re-titration confirmed by the physician</source>
            <translation>bijv. hertitratie bevestigd door de arts</translation>
        </message>
        <message>
            <source>Record the &amp;review</source>
            <translation>&amp;Beoordeling vastleggen</translation>
        </message>
        <message>
            <source>Record the review after a break</source>
            <translation>De beoordeling na de onderbreking vastleggen</translation>
        </message>
        <message>
            <source>&amp;What the review found</source>
            <translation>&amp;Wat de beoordeling vond</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patiënten</translation>
        </message>
        <message>
            <source>No patient on the roster matches.</source>
            <translation>Geen patiënt op de lijst komt overeen.</translation>
        </message>
        <message>
            <source>{clinic_id}: {name}, born {birth}</source>
            <translation>{clinic_id}: {name}, geboren {birth}</translation>
        </message>
        <message>
            <source>staff of another station</source>
            <translation>personeel van een ander station</translation>
        </message>
        <message>
            <source>{reason} — set by {who}, {time}</source>
            <translation>{reason} — ingesteld door {who}, {time}</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Er is geen dosisstop ingesteld.</translation>
        </message>
        <message>
            <source>Last review after a break: {time}</source>
            <translation>Laatste beoordeling na een onderbreking: {time}</translation>
        </message>
        <message>
            <source>No review after a break on record.</source>
            <translation>Geen beoordeling na een onderbreking vastgelegd.</translation>
        </message>
        <message>
            <source>Choose a patient first.</source>
            <translation>Kies eerst een patiënt.</translation>
        </message>
        <message>
            <source>Stop-dose flag set: no dose until a clinic lead lifts it.</source>
            <translation>Dosisstop ingesteld: geen dosis tot een teamleider hem opheft.</translation>
        </message>
        <message>
            <source>Choose a patient and one of their stop-dose flags first.</source>
            <translation>Kies eerst een patiënt en een van zijn of haar dosisstops.</translation>
        </message>
        <message>
            <source>Stop-dose flag lifted.</source>
            <translation>Dosisstop opgeheven.</translation>
        </message>
        <message>
            <source>The review after the break is recorded.</source>
            <translation>De beoordeling na de onderbreking is vastgelegd.</translation>
        </message>
    </context>
    <context>
        <name>PatientPanel</name>
        <message>
            <source>Patient photo</source>
            <translation>Foto van de patiënt</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Naam van de patiënt</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Kliniek-ID</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Voorschrift</translation>
        </message>
        <message>
            <source>Doses today</source>
            <translation>Doses vandaag</translation>
        </message>
        <message>
            <source>Time since last dose</source>
            <translation>Tijd sinds de laatste dosis</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Gemiste dagen</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markeringen</translation>
        </message>
        <message>
            <source>No patient yet: scan a card.</source>
            <translation>Nog geen patiënt: scan een pas.</translation>
        </message>
        <message>
            <source>No patient</source>
            <translation>Geen patiënt</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message numerus="yes">
            <source>%n dose(s), {total}</source>
            <translation>
                <numerusform>%n dosis, {total}</numerusform>
                <numerusform>%n doses, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Laatste dosis</translation>
        </message>
        <message>
            <source>No photo on record: initials</source>
            <translation>Geen foto vastgelegd: initialen</translation>
        </message>
        <message>
            <source>none active today</source>
            <translation>geen actief vandaag</translation>
        </message>
        <message>
            <source>{drug}: {session} per session, {day} per day, {n} sessions ({phase})</source>
            <translation>{drug}: {session} per sessie, {day} per dag, {n} sessies ({phase})</translation>
        </message>
        <message>
            <source>STOP-DOSE: {reason}</source>
            <translation>DOSISSTOP: {reason}</translation>
        </message>
        <message>
            <source>{n} days missed</source>
            <translation>{n} dagen gemist</translation>
        </message>
        <message>
            <source>still under observation</source>
            <translation>nog onder observatie</translation>
        </message>
        <message>
            <source>home station is another station</source>
            <translation>het thuisstation is een ander station</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
    </context>
    <context>
        <name>PharmacyWorkspace</name>
        <message>
            <source>Pharmacy</source>
            <translation>Apotheek</translation>
        </message>
        <message>
            <source>Pharmacy — {name}</source>
            <translation>Apotheek — {name}</translation>
        </message>
        <message>
            <source>Pharmacy tasks</source>
            <translation>Apotheektaken</translation>
        </message>
        <message>
            <source>&amp;1 Receive</source>
            <translation>&amp;1 Ontvangst</translation>
        </message>
        <message>
            <source>&amp;2 Reconstitute</source>
            <translation>&amp;2 Reconstitutie</translation>
        </message>
        <message>
            <source>&amp;3 Waste and destruction</source>
            <translation>&amp;3 Afval en vernietiging</translation>
        </message>
        <message>
            <source>&amp;4 Count</source>
            <translation>&amp;4 Telling</translation>
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
            <translation>Doseringsschema (optioneel)</translation>
        </message>
        <message>
            <source>Dose plan</source>
            <translation>Doseringsschema</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Geen schema</translation>
        </message>
        <message>
            <source>Titration: rise by mg</source>
            <translation>Titratie: stijging in mg</translation>
        </message>
        <message>
            <source>Taper: fall by percent</source>
            <translation>Afbouw: daling in procent</translation>
        </message>
        <message>
            <source>Plan starts on</source>
            <translation>Schema begint op</translation>
        </message>
        <message>
            <source>First day's amount in mg</source>
            <translation>Hoeveelheid van de eerste dag in mg</translation>
        </message>
        <message>
            <source>mg per day</source>
            <translation>mg per dag</translation>
        </message>
        <message>
            <source>Rise per step in mg</source>
            <translation>Stijging per stap in mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Fall per step in percent</source>
            <translation>Daling per stap in procent</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Days between steps</source>
            <translation>Dagen tussen de stappen</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dagen</translation>
        </message>
        <message>
            <source>Ceiling or floor in mg</source>
            <translation>Boven- of ondergrens in mg</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Vanaf</translation>
        </message>
        <message>
            <source>Daily cap</source>
            <translation>Daglimiet</translation>
        </message>
        <message>
            <source>Dated steps of the plan</source>
            <translation>Gedateerde stappen van het schema</translation>
        </message>
        <message>
            <source>Dose plan message</source>
            <translation>Bericht doseringsschema</translation>
        </message>
        <message>
            <source>Dose p&amp;lan</source>
            <translation>Doseringssc&amp;hema</translation>
        </message>
        <message>
            <source>Plan s&amp;tarts on</source>
            <translation>Schema begi&amp;nt op</translation>
        </message>
        <message>
            <source>First day's &amp;amount (mg)</source>
            <translation>Hoeveelheid eerste d&amp;ag (mg)</translation>
        </message>
        <message>
            <source>&amp;Rise per step (mg)</source>
            <translation>Sti&amp;jging per stap (mg)</translation>
        </message>
        <message>
            <source>Fall pe&amp;r step (%)</source>
            <translation>Da&amp;ling per stap (%)</translation>
        </message>
        <message>
            <source>Step &amp;every (days)</source>
            <translation>Stap el&amp;ke (dagen)</translation>
        </message>
        <message>
            <source>&amp;Goes up to (mg per day)</source>
            <translation>Bovengrens (mg per da&amp;g)</translation>
        </message>
        <message>
            <source>Dated steps of the pla&amp;n</source>
            <translation>Gedateerde stappen van het sche&amp;ma</translation>
        </message>
        <message>
            <source>&amp;Goes down to (mg per day)</source>
            <translation>Ondergrens (mg per da&amp;g)</translation>
        </message>
        <message>
            <source>Type the day the plan starts (dd.mm.yyyy).</source>
            <translation>Typ de dag waarop het schema begint (dd.mm.jjjj).</translation>
        </message>
        <message>
            <source>Type the plan's first day's amount in mg.</source>
            <translation>Typ de hoeveelheid van de eerste dag van het schema in mg.</translation>
        </message>
        <message>
            <source>Type how many mg the plan rises per step.</source>
            <translation>Typ met hoeveel mg het schema per stap stijgt.</translation>
        </message>
        <message>
            <source>Type by how many percent the plan falls per step.</source>
            <translation>Typ met hoeveel procent het schema per stap daalt.</translation>
        </message>
        <message>
            <source>Type every how many days the plan takes a step.</source>
            <translation>Typ om de hoeveel dagen het schema een stap zet.</translation>
        </message>
        <message>
            <source>Type the ceiling of the titration in mg per day.</source>
            <translation>Typ de bovengrens van de titratie in mg per dag.</translation>
        </message>
        <message>
            <source>Type the floor of the taper in mg per day.</source>
            <translation>Typ de ondergrens van de afbouw in mg per dag.</translation>
        </message>
        <message>
            <source>The plan starts after the order's last day.</source>
            <translation>Het schema begint na de laatste dag van het voorschrift.</translation>
        </message>
    </context>
    <context>
        <name>PortsPanel</name>
        <message>
            <source>Serial ports</source>
            <translation>Seriële poorten</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Poort</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>VID:PID</source>
            <translation>VID:PID</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <source>USB location</source>
            <translation>USB-locatie</translation>
        </message>
        <message>
            <source>&amp;List ports</source>
            <translation>Poorten &amp;tonen</translation>
        </message>
        <message>
            <source>List the serial ports</source>
            <translation>De seriële poorten tonen</translation>
        </message>
        <message>
            <source>Scale port</source>
            <translation>Poort weegschaal</translation>
        </message>
        <message>
            <source>Scale protocol</source>
            <translation>Protocol weegschaal</translation>
        </message>
        <message>
            <source>Printer port</source>
            <translation>Poort printer</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Weegschaal</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Scanner port</source>
            <translation>Poort scanner</translation>
        </message>
        <message>
            <source>empty: keyboard only</source>
            <translation>leeg: alleen toetsenbord</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>&amp;Save device profile</source>
            <translation>Apparaatprofiel &amp;opslaan</translation>
        </message>
        <message>
            <source>Save the device profile</source>
            <translation>Het apparaatprofiel opslaan</translation>
        </message>
        <message>
            <source>Device profile message</source>
            <translation>Bericht apparaatprofiel</translation>
        </message>
        <message>
            <source>Device profile</source>
            <translation>Apparaatprofiel</translation>
        </message>
        <message>
            <source>Scale &amp;port</source>
            <translation>&amp;Poort weegschaal</translation>
        </message>
        <message>
            <source>Scale p&amp;rotocol</source>
            <translation>P&amp;rotocol weegschaal</translation>
        </message>
        <message>
            <source>Scale line</source>
            <translation>Lijn weegschaal</translation>
        </message>
        <message>
            <source>Pri&amp;nter port</source>
            <translation>Poort pri&amp;nter</translation>
        </message>
        <message>
            <source>Sc&amp;anner port</source>
            <translation>Poort sc&amp;anner</translation>
        </message>
        <message>
            <source>Printer line</source>
            <translation>Lijn printer</translation>
        </message>
        <message>
            <source>Scanner line</source>
            <translation>Lijn scanner</translation>
        </message>
        <message numerus="yes">
            <source>%n serial port(s) found; double-click one to use it for the scale.</source>
            <translation>
                <numerusform>%n seriële poort gevonden; dubbelklik erop om hem voor de weegschaal te gebruiken.</numerusform>
                <numerusform>%n seriële poorten gevonden; dubbelklik op een ervan om hem voor de weegschaal te gebruiken.</numerusform>
            </translation>
        </message>
        <message>
            <source>scale</source>
            <translation>weegschaal</translation>
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
            <translation>{device}: {baud} baud is niet mogelijk met {protocol}: kies een van {speeds}.</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud: choose one of {speeds}.</source>
            <translation>{device}: {baud} baud is niet mogelijk: kies een van {speeds}.</translation>
        </message>
        <message>
            <source>Device profile saved; the devices use it from the next start.</source>
            <translation>Apparaatprofiel opgeslagen; de apparaten gebruiken het vanaf de volgende start.</translation>
        </message>
    </context>
    <context>
        <name>PrepareStep</name>
        <message>
            <source>overfilled</source>
            <translation>te vol</translation>
        </message>
        <message>
            <source>underfilled</source>
            <translation>te weinig gevuld</translation>
        </message>
        <message>
            <source>air bubble in the syringe</source>
            <translation>luchtbel in de spuit</translation>
        </message>
        <message>
            <source>syringe touched the scale's draught shield</source>
            <translation>de spuit raakte de tochtkap van de weegschaal</translation>
        </message>
        <message>
            <source>other</source>
            <translation>anders</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>OVERBELAST</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>ONDERBELAST</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>FOUT</translation>
        </message>
        <message>
            <source>Prepare and weigh the dose</source>
            <translation>De dosis bereiden en wegen</translation>
        </message>
        <message>
            <source>Preparation step</source>
            <translation>Stap bereiden</translation>
        </message>
        <message>
            <source>Solution batch</source>
            <translation>Oplossingsbatch</translation>
        </message>
        <message>
            <source>Batch details</source>
            <translation>Batchgegevens</translation>
        </message>
        <message>
            <source>Expected volume and mass</source>
            <translation>Verwacht volume en verwachte massa</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Wat nu te doen</translation>
        </message>
        <message>
            <source>Live weight</source>
            <translation>Actueel gewicht</translation>
        </message>
        <message>
            <source>Weight stability</source>
            <translation>Stabiliteit van het gewicht</translation>
        </message>
        <message>
            <source>&amp;Tare empty syringe</source>
            <translation>Lege spuit &amp;tarreren</translation>
        </message>
        <message>
            <source>Tare the empty syringe</source>
            <translation>De lege spuit tarreren</translation>
        </message>
        <message>
            <source>&amp;Accept weight</source>
            <translation>Gewicht &amp;accepteren</translation>
        </message>
        <message>
            <source>Accept the weight</source>
            <translation>Het gewicht accepteren</translation>
        </message>
        <message>
            <source>Weighing message</source>
            <translation>Bericht weging</translation>
        </message>
        <message>
            <source>Why the syringe is prepared again</source>
            <translation>Waarom de spuit opnieuw wordt bereid</translation>
        </message>
        <message>
            <source>&amp;Redo with this reason</source>
            <translation>&amp;Opnieuw met deze reden</translation>
        </message>
        <message>
            <source>Prepare again</source>
            <translation>Opnieuw bereiden</translation>
        </message>
        <message>
            <source>Continue to &amp;label</source>
            <translation>Door naar &amp;etiket</translation>
        </message>
        <message>
            <source>Continue to label</source>
            <translation>Door naar etiket</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Bezoek &amp;beëindigen</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Bezoek beëindigen</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>Bat&amp;ch</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Verwacht</translation>
        </message>
        <message>
            <source>Reading the solution batches…</source>
            <translation>De oplossingsbatches worden gelezen…</translation>
        </message>
        <message>
            <source>The solution batches could not be read: {error}</source>
            <translation>De oplossingsbatches konden niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>No usable solution batch: ask the pharmacist to prepare one.</source>
            <translation>Geen bruikbare oplossingsbatch: vraag de apotheker er een te bereiden.</translation>
        </message>
        <message>
            <source>Lot {lot}, {concentration}, density {density}, use by {expiry}</source>
            <translation>Batch {lot}, {concentration}, dichtheid {density}, te gebruiken tot {expiry}</translation>
        </message>
        <message>
            <source>1. Put the empty syringe on the scale and press Tare.  2. Fill it to {volume} and put it back on the scale.  3. Press Accept when the weight is stable.</source>
            <translation>1. Leg de lege spuit op de weegschaal en druk op Tarreren.  2. Vul haar tot {volume} en leg haar terug op de weegschaal.  3. Druk op Accepteren zodra het gewicht stabiel is.</translation>
        </message>
        <message>
            <source>NO SCALE</source>
            <translation>GEEN WEEGSCHAAL</translation>
        </message>
        <message>
            <source>The scale is connected again. Tare the empty syringe again.</source>
            <translation>De weegschaal is weer verbonden. Tarreer de lege spuit opnieuw.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABIEL</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>beweegt…</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Tarreren…</translation>
        </message>
        <message>
            <source>Tared. Fill the syringe, put it on the scale, then press Accept.</source>
            <translation>Getarreerd. Vul de spuit, leg haar op de weegschaal en druk dan op Accepteren.</translation>
        </message>
        <message>
            <source>Waiting for a stable, confirmed weight…</source>
            <translation>Wachten op een stabiel, bevestigd gewicht…</translation>
        </message>
        <message>
            <source>Accepted: {measured} = {mg} prepared. {explanation}</source>
            <translation>Geaccepteerd: {measured} = {mg} bereid. {explanation}</translation>
        </message>
        <message>
            <source>Not accepted, outside the tolerance: {explanation} Choose why and prepare again.</source>
            <translation>Niet geaccepteerd, buiten de tolerantie: {explanation} Kies waarom en bereid opnieuw.</translation>
        </message>
        <message>
            <source>No weight accepted: {why}</source>
            <translation>Geen gewicht geaccepteerd: {why}</translation>
        </message>
        <message>
            <source>Adjust the syringe and press Accept again.</source>
            <translation>Pas de spuit aan en druk opnieuw op Accepteren.</translation>
        </message>
        <message>
            <source>The redo was not recorded: {error}. It is kept with the dose.</source>
            <translation>De nieuwe bereiding is niet vastgelegd: {error}. Ze wordt bij de dosis bewaard.</translation>
        </message>
    </context>
    <context>
        <name>Prescriber</name>
        <message>
            <source>induction</source>
            <translation>inductie</translation>
        </message>
        <message>
            <source>titration</source>
            <translation>titratie</translation>
        </message>
        <message>
            <source>maintenance</source>
            <translation>onderhoud</translation>
        </message>
        <message>
            <source>taper</source>
            <translation>afbouw</translation>
        </message>
        <message>
            <source>clinic's default</source>
            <translation>standaard van de kliniek</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.jjjj</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspace</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Werkplek van de voorschrijvend arts</translation>
        </message>
        <message>
            <source>Prescriber — {name}</source>
            <translation>Voorschrijvend arts — {name}</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Wat aandacht vraagt</translation>
        </message>
        <message>
            <source>Patients and their active orders</source>
            <translation>Patiënten en hun actieve voorschriften</translation>
        </message>
        <message>
            <source>Orders due for review</source>
            <translation>Voorschriften die geëvalueerd moeten worden</translation>
        </message>
        <message>
            <source>Orders expiring soon</source>
            <translation>Voorschriften die binnenkort aflopen</translation>
        </message>
        <message>
            <source>Expired orders</source>
            <translation>Verlopen voorschriften</translation>
        </message>
        <message>
            <source>Prescriber's lists</source>
            <translation>Lijsten van de voorschrijvend arts</translation>
        </message>
        <message>
            <source>Prescriber message</source>
            <translation>Bericht voorschrijvend arts</translation>
        </message>
        <message>
            <source>The chosen order</source>
            <translation>Het gekozen voorschrift</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Kliniek-ID</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patiënt</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Middel en vorm</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Per sessie</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Per dag</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessies</translation>
        </message>
        <message>
            <source>Minimum interval</source>
            <translation>Minimuminterval</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Evaluatie op</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Ondertekend door</translation>
        </message>
        <message>
            <source>&amp;New order…</source>
            <translation>&amp;Nieuw voorschrift…</translation>
        </message>
        <message>
            <source>Write a new order</source>
            <translation>Een nieuw voorschrift opstellen</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Wijzigen…</translation>
        </message>
        <message>
            <source>Change the chosen order</source>
            <translation>Het gekozen voorschrift wijzigen</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Verlengen…</translation>
        </message>
        <message>
            <source>Renew the chosen order</source>
            <translation>Het gekozen voorschrift verlengen</translation>
        </message>
        <message>
            <source>S&amp;top…</source>
            <translation>&amp;Stoppen…</translation>
        </message>
        <message>
            <source>Stop the chosen order</source>
            <translation>Het gekozen voorschrift stoppen</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ve&amp;rversen</translation>
        </message>
        <message>
            <source>Read the lists again</source>
            <translation>De lijsten opnieuw lezen</translation>
        </message>
        <message>
            <source>&amp;1 Patients and active orders</source>
            <translation>&amp;1 Patiënten en actieve voorschriften</translation>
        </message>
        <message>
            <source>&amp;2 Reviews due ({n})</source>
            <translation>&amp;2 Evaluaties nodig ({n})</translation>
        </message>
        <message>
            <source>&amp;3 Expiring within {days} days ({n})</source>
            <translation>&amp;3 Aflopend binnen {days} dagen ({n})</translation>
        </message>
        <message>
            <source>&amp;4 Expired ({n})</source>
            <translation>&amp;4 Verlopen ({n})</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>evaluatie nodig</translation>
        </message>
        <message>
            <source>expiring</source>
            <translation>loopt af</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>verlopen</translation>
        </message>
        <message>
            <source>{patients} patients, {active} active orders; {reviews} reviews due, {expiring} expiring within {days} days, {expired} expired (today {today}).</source>
            <translation>{patients} patiënten, {active} actieve voorschriften; {reviews} evaluaties nodig, {expiring} aflopend binnen {days} dagen, {expired} verlopen (vandaag {today}).</translation>
        </message>
        <message>
            <source>not on this station's roster</source>
            <translation>niet op de lijst van dit station</translation>
        </message>
        <message>
            <source>no signed order</source>
            <translation>geen ondertekend voorschrift</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>+{step} every {days} d up to {target}</source>
            <translation>+{step} elke {days} d tot {target}</translation>
        </message>
        <message>
            <source>−{percent} % every {days} d down to {target}</source>
            <translation>−{percent} % elke {days} d tot {target}</translation>
        </message>
        <message>
            <source>brought over, unsigned</source>
            <translation>overgenomen, niet ondertekend</translation>
        </message>
        <message>
            <source>{clinic_id}: no signed order active today.</source>
            <translation>{clinic_id}: geen ondertekend voorschrift actief vandaag.</translation>
        </message>
        <message>
            <source>{clinic_id} {name}: {drug}, {session} per session, {day} per day, {sessions} sessions, interval {interval}; valid {start} to {end}; review {review}; plan: {plan}. Note for the counter: {note}. Version {version}, signed as prescribed by {signer} on {signed_day} at {signed_time}.</source>
            <translation>{clinic_id} {name}: {drug}, {session} per sessie, {day} per dag, {sessions} sessies, interval {interval}; geldig van {start} tot {end}; evaluatie {review}; schema: {plan}. Notitie voor de balie: {note}. Versie {version}, als voorgeschreven ondertekend door {signer} op {signed_day} om {signed_time}.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>open einde</translation>
        </message>
        <message>
            <source>Choose an order in the list first.</source>
            <translation>Kies eerst een voorschrift in de lijst.</translation>
        </message>
        <message>
            <source>Order signed: version {version} by {name}.</source>
            <translation>Voorschrift ondertekend: versie {version} door {name}.</translation>
        </message>
        <message>
            <source>Scans are not used in the prescriber's workspace.</source>
            <translation>Scans worden op de werkplek van de voorschrijvend arts niet gebruikt.</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspaceDialog</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Werkplek van de voorschrijvend arts</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>S&amp;luiten</translation>
        </message>
        <message>
            <source>Close the prescriber's workspace</source>
            <translation>De werkplek van de voorschrijvend arts sluiten</translation>
        </message>
    </context>
    <context>
        <name>PrinterChecks</name>
        <message>
            <source>Label printer</source>
            <translation>Etikettenprinter</translation>
        </message>
        <message>
            <source>Printer checks</source>
            <translation>Printercontroles</translation>
        </message>
        <message>
            <source>Ask the printer</source>
            <translation>De printer bevragen</translation>
        </message>
        <message>
            <source>Printer stat&amp;us</source>
            <translation>Printer&amp;status</translation>
        </message>
        <message>
            <source>Print a test label</source>
            <translation>Een testetiket printen</translation>
        </message>
        <message>
            <source>Print a test la&amp;bel</source>
            <translation>&amp;Testetiket printen</translation>
        </message>
        <message>
            <source>Configuration &amp;dump</source>
            <translation>Configuratie-&amp;dump</translation>
        </message>
        <message>
            <source>Show the printer's configuration</source>
            <translation>De configuratie van de printer tonen</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Printerstatus</translation>
        </message>
        <message>
            <source>Printer configuration</source>
            <translation>Printerconfiguratie</translation>
        </message>
        <message>
            <source>Printer message</source>
            <translation>Bericht printer</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Er is geen printer verbonden.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>gereed</translation>
        </message>
        <message>
            <source>not ready: {faults}</source>
            <translation>niet gereed: {faults}</translation>
        </message>
        <message>
            <source>{ready}. Formats in buffer {formats}, labels remaining {labels}, label length {length} dots, {mode}; printer line {baud} baud {bits} data bits parity {parity}.</source>
            <translation>{ready}. Formaten in buffer {formats}, resterende etiketten {labels}, etiketlengte {length} dots, {mode}; printerlijn {baud} baud, {bits} databits, pariteit {parity}.</translation>
        </message>
        <message>
            <source>The printer answered.</source>
            <translation>De printer heeft geantwoord.</translation>
        </message>
        <message>
            <source>Test label printed: {bytes} bytes in {seconds} s.</source>
            <translation>Testetiket geprint: {bytes} bytes in {seconds} s.</translation>
        </message>
        <message>
            <source>Configuration read.</source>
            <translation>Configuratie gelezen.</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Kliniek-ID</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Wachttijd</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>Queue</source>
            <translation>Wachtrij</translation>
        </message>
        <message>
            <source>Check in a patient</source>
            <translation>Een patiënt aanmelden</translation>
        </message>
        <message>
            <source>scan a card or type a clinic number</source>
            <translation>scan een pas of typ een klinieknummer</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <source>Check the patient in</source>
            <translation>De patiënt aanmelden</translation>
        </message>
        <message>
            <source>Patients waiting</source>
            <translation>Wachtende patiënten</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>Volgende roepen</translation>
        </message>
        <message>
            <source>Call the next patient due</source>
            <translation>De volgende patiënt die aan de beurt is roepen</translation>
        </message>
        <message>
            <source>Call the patient who has waited longest of those due ({key})</source>
            <translation>De patiënt roepen die het langst wacht van wie aan de beurt is ({key})</translation>
        </message>
        <message>
            <source>Went away</source>
            <translation>Weggegaan</translation>
        </message>
        <message>
            <source>The chosen patient left the queue</source>
            <translation>De gekozen patiënt heeft de wachtrij verlaten</translation>
        </message>
        <message>
            <source>Queue message</source>
            <translation>Bericht wachtrij</translation>
        </message>
        <message>
            <source>Scan a card or type a clinic number first.</source>
            <translation>Scan eerst een pas of typ een klinieknummer.</translation>
        </message>
        <message>
            <source>{clinic_id} is in the queue.</source>
            <translation>{clinic_id} staat in de wachtrij.</translation>
        </message>
        <message>
            <source>Nobody due is waiting.</source>
            <translation>Er wacht niemand die aan de beurt is.</translation>
        </message>
        <message>
            <source>Called {clinic_id}.</source>
            <translation>{clinic_id} geroepen.</translation>
        </message>
        <message>
            <source>{clinic_id} checked in without a card: scan it at the window.</source>
            <translation>{clinic_id} aangemeld zonder pas: scan hem aan de balie.</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Kies eerst de patiënt in de lijst.</translation>
        </message>
    </context>
    <context>
        <name>RawMonitor</name>
        <message>
            <source>Start raw monitor</source>
            <translation>Ruwe monitor starten</translation>
        </message>
        <message>
            <source>Start or stop the {device}'s raw monitor</source>
            <translation>De ruwe monitor van {device} starten of stoppen</translation>
        </message>
        <message>
            <source>Raw traffic of the {device}</source>
            <translation>Ruw verkeer van {device}</translation>
        </message>
        <message>
            <source>Stop raw monitor</source>
            <translation>Ruwe monitor stoppen</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>identified by clinic card and photo</source>
            <translation>geïdentificeerd met kliniekpas en foto</translation>
        </message>
        <message>
            <source>identified by name and birth date, with a witness</source>
            <translation>geïdentificeerd met naam en geboortedatum, met een getuige</translation>
        </message>
        <message>
            <source>identified without a card and without a witness</source>
            <translation>geïdentificeerd zonder pas en zonder getuige</translation>
        </message>
        <message>
            <source>the witness is the person who identified</source>
            <translation>de getuige is de persoon die heeft geïdentificeerd</translation>
        </message>
        <message>
            <source>identity not confirmed</source>
            <translation>identiteit niet bevestigd</translation>
        </message>
        <message>
            <source>one active prescription for the drug</source>
            <translation>één actief voorschrift voor het middel</translation>
        </message>
        <message>
            <source>no active prescription for the drug on this day</source>
            <translation>geen actief voorschrift voor het middel op deze dag</translation>
        </message>
        <message>
            <source>more than one active prescription for the drug</source>
            <translation>meer dan één actief voorschrift voor het middel</translation>
        </message>
        <message>
            <source>no stop-dose flag</source>
            <translation>geen dosisstop</translation>
        </message>
        <message>
            <source>a stop-dose flag is set</source>
            <translation>er is een dosisstop ingesteld</translation>
        </message>
        <message>
            <source>this station holds the (patient, session) lease</source>
            <translation>dit station heeft de reservering (patiënt, sessie)</translation>
        </message>
        <message>
            <source>another station holds the (patient, session) lease</source>
            <translation>een ander station heeft de reservering (patiënt, sessie)</translation>
        </message>
        <message>
            <source>offline, and this is the patient's home station</source>
            <translation>offline, en dit is het thuisstation van de patiënt</translation>
        </message>
        <message>
            <source>offline, and this is not the patient's home station</source>
            <translation>offline, en dit is niet het thuisstation van de patiënt</translation>
        </message>
        <message>
            <source>no dose yet in this session</source>
            <translation>nog geen dosis in deze sessie</translation>
        </message>
        <message>
            <source>outside every session window</source>
            <translation>buiten elk sessievenster</translation>
        </message>
        <message>
            <source>a full dose was already given in this session</source>
            <translation>er is in deze sessie al een volledige dosis gegeven</translation>
        </message>
        <message>
            <source>a partial dose was given in this session</source>
            <translation>er is in deze sessie een gedeeltelijke dosis gegeven</translation>
        </message>
        <message>
            <source>the prescribed sessions for the day are used up</source>
            <translation>de voorgeschreven sessies van de dag zijn opgebruikt</translation>
        </message>
        <message>
            <source>induction day 1: several doses per session</source>
            <translation>inductie dag 1: meerdere doses per sessie</translation>
        </message>
        <message>
            <source>the previous observation is closed</source>
            <translation>de vorige observatie is afgesloten</translation>
        </message>
        <message>
            <source>the previous observation is still open</source>
            <translation>de vorige observatie staat nog open</translation>
        </message>
        <message>
            <source>induction day 1: observation continues</source>
            <translation>inductie dag 1: de observatie loopt door</translation>
        </message>
        <message>
            <source>no pre-dose assessment</source>
            <translation>geen beoordeling vóór de dosis</translation>
        </message>
        <message>
            <source>the pre-dose assessment is too old (or in the future)</source>
            <translation>de beoordeling vóór de dosis is te oud (of ligt in de toekomst)</translation>
        </message>
        <message>
            <source>assessment negative</source>
            <translation>beoordeling negatief</translation>
        </message>
        <message>
            <source>severe sedation: refused</source>
            <translation>ernstige sedatie: geweigerd</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule refuses</source>
            <translation>onder invloed; de kliniekregel weigert</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule reduces the dose</source>
            <translation>onder invloed; de kliniekregel verlaagt de dosis</translation>
        </message>
        <message>
            <source>intoxicated; proposed dose above the reduced dose</source>
            <translation>onder invloed; voorgestelde dosis boven de verlaagde dosis</translation>
        </message>
        <message>
            <source>the proposed dose is 0 mg</source>
            <translation>de voorgestelde dosis is 0 mg</translation>
        </message>
        <message>
            <source>within the prescribed per-session maximum</source>
            <translation>binnen het voorgeschreven maximum per sessie</translation>
        </message>
        <message>
            <source>above the prescribed per-session maximum</source>
            <translation>boven het voorgeschreven maximum per sessie</translation>
        </message>
        <message>
            <source>within every daily maximum</source>
            <translation>binnen elk dagmaximum</translation>
        </message>
        <message>
            <source>above the prescription's daily maximum</source>
            <translation>boven het dagmaximum van het voorschrift</translation>
        </message>
        <message>
            <source>above the clinic's daily DAM maximum</source>
            <translation>boven het dagmaximum DAM van de kliniek</translation>
        </message>
        <message>
            <source>above the clinic's daily methadone maximum alongside DAM</source>
            <translation>boven het dagmaximum methadon naast DAM van de kliniek</translation>
        </message>
        <message>
            <source>no earlier dose on record</source>
            <translation>geen eerdere dosis geregistreerd</translation>
        </message>
        <message>
            <source>the minimum interval has passed</source>
            <translation>het minimuminterval is verstreken</translation>
        </message>
        <message>
            <source>top-up after a partial dose in the same session</source>
            <translation>aanvulling na een gedeeltelijke dosis in dezelfde sessie</translation>
        </message>
        <message>
            <source>the minimum interval has not passed</source>
            <translation>het minimuminterval is niet verstreken</translation>
        </message>
        <message>
            <source>induction: first dose cap</source>
            <translation>inductie: limiet voor de eerste dosis</translation>
        </message>
        <message>
            <source>induction: second dose cap</source>
            <translation>inductie: limiet voor de tweede dosis</translation>
        </message>
        <message>
            <source>induction day 1: per-dose cap</source>
            <translation>inductie dag 1: limiet per dosis</translation>
        </message>
        <message>
            <source>induction: above the cap</source>
            <translation>inductie: boven de limiet</translation>
        </message>
        <message>
            <source>induction day 1: doses too close together</source>
            <translation>inductie dag 1: doses te dicht op elkaar</translation>
        </message>
        <message>
            <source>induction phase past day 1: titration rules apply</source>
            <translation>inductiefase na dag 1: de titratieregels gelden</translation>
        </message>
        <message>
            <source>titration: within 50 % of yesterday's total</source>
            <translation>titratie: binnen 50 % van het totaal van gisteren</translation>
        </message>
        <message>
            <source>titration: above 50 % of yesterday's total</source>
            <translation>titratie: boven 50 % van het totaal van gisteren</translation>
        </message>
        <message>
            <source>titration: nothing given yesterday</source>
            <translation>titratie: gisteren niets gegeven</translation>
        </message>
        <message>
            <source>titration: within the allowed rise over the last dose</source>
            <translation>titratie: binnen de toegestane stijging ten opzichte van de laatste dosis</translation>
        </message>
        <message>
            <source>titration: above the allowed rise over the last dose</source>
            <translation>titratie: boven de toegestane stijging ten opzichte van de laatste dosis</translation>
        </message>
        <message>
            <source>titration: no earlier dose to rise from</source>
            <translation>titratie: geen eerdere dosis om van uit te gaan</translation>
        </message>
        <message>
            <source>fewer missed days than the warning threshold</source>
            <translation>minder gemiste dagen dan de waarschuwingsdrempel</translation>
        </message>
        <message>
            <source>a new induction after a break</source>
            <translation>een nieuwe inductie na een onderbreking</translation>
        </message>
        <message>
            <source>consecutive missed days: first warning threshold</source>
            <translation>opeenvolgende gemiste dagen: eerste waarschuwingsdrempel</translation>
        </message>
        <message>
            <source>consecutive missed days: second warning threshold</source>
            <translation>opeenvolgende gemiste dagen: tweede waarschuwingsdrempel</translation>
        </message>
        <message>
            <source>after the break a clinician must review</source>
            <translation>na de onderbreking moet een behandelaar beoordelen</translation>
        </message>
        <message>
            <source>after the break the dose is capped</source>
            <translation>na de onderbreking is de dosis begrensd</translation>
        </message>
        <message>
            <source>after the break, above the cap</source>
            <translation>na de onderbreking, boven de limiet</translation>
        </message>
        <message>
            <source>a clinician reviewed the patient after the break</source>
            <translation>een behandelaar heeft de patiënt na de onderbreking beoordeeld</translation>
        </message>
        <message>
            <source>a dose in the history is stamped in the future: a clock is wrong</source>
            <translation>een dosis in de geschiedenis heeft een tijdstempel in de toekomst: een klok staat verkeerd</translation>
        </message>
        <message>
            <source>this station's clock differs from the server's</source>
            <translation>de klok van dit station wijkt af van die van de server</translation>
        </message>
        <message>
            <source>within today's step of the prescriber's dose plan</source>
            <translation>binnen de stap van vandaag van het doseringsschema van de voorschrijvend arts</translation>
        </message>
        <message>
            <source>above today's step of the prescriber's dose plan</source>
            <translation>boven de stap van vandaag van het doseringsschema van de voorschrijvend arts</translation>
        </message>
        <message>
            <source>the prescription ends within the warning days</source>
            <translation>het voorschrift eindigt binnen de waarschuwingsdagen</translation>
        </message>
        <message>
            <source>the prescriber's review day has passed</source>
            <translation>de evaluatiedag van de voorschrijvend arts is verstreken</translation>
        </message>
        <message>
            <source>A new induction started after the break; the induction rules apply.</source>
            <translation>Na de onderbreking is een nieuwe inductie gestart; de inductieregels gelden.</translation>
        </message>
        <message>
            <source>Already dosed earlier today.</source>
            <translation>Vandaag al eerder gedoseerd.</translation>
        </message>
        <message>
            <source>Another station is dosing this patient in this session right now; do not dose.</source>
            <translation>Een ander station doseert deze patiënt op dit moment in deze sessie; niet doseren.</translation>
        </message>
        <message>
            <source>Enter a dose above 0 mg.</source>
            <translation>Voer een dosis boven 0 mg in.</translation>
        </message>
        <message>
            <source>Identified without a card: a second staff member must witness the identification before dosing.</source>
            <translation>Zonder pas geïdentificeerd: een tweede medewerker moet de identificatie als getuige bevestigen vóór het doseren.</translation>
        </message>
        <message>
            <source>Identity confirmed by name and birth date, witnessed by a second staff member.</source>
            <translation>Identiteit bevestigd met naam en geboortedatum, met een tweede medewerker als getuige.</translation>
        </message>
        <message>
            <source>Identity confirmed with the clinic card and photo.</source>
            <translation>Identiteit bevestigd met de kliniekpas en de foto.</translation>
        </message>
        <message>
            <source>Induction day 1 is over: the titration rules apply.</source>
            <translation>Inductiedag 1 is voorbij: de titratieregels gelden.</translation>
        </message>
        <message>
            <source>Induction day 1: several doses in one session are allowed under the induction rules.</source>
            <translation>Inductie dag 1: meerdere doses in één sessie zijn toegestaan volgens de inductieregels.</translation>
        </message>
        <message>
            <source>Induction day 1: the observation of the previous dose is still running; keep watching and restart it with this dose.</source>
            <translation>Inductie dag 1: de observatie van de vorige dosis loopt nog; blijf observeren en start haar opnieuw met deze dosis.</translation>
        </message>
        <message>
            <source>It is outside the clinic's dosing sessions: a second staff member must approve with a reason.</source>
            <translation>Dit valt buiten de doseersessies van de kliniek: een tweede medewerker moet goedkeuren met een reden.</translation>
        </message>
        <message>
            <source>No earlier dose is on record.</source>
            <translation>Er is geen eerdere dosis geregistreerd.</translation>
        </message>
        <message>
            <source>No other station is dosing this patient in this session.</source>
            <translation>Geen ander station doseert deze patiënt in deze sessie.</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Er is geen dosisstop ingesteld.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: another station may already have dosed, so a second staff member must approve with a reason.</source>
            <translation>Offline, en dit is niet het thuisstation van de patiënt: een ander station heeft mogelijk al gedoseerd, dus een tweede medewerker moet goedkeuren met een reden.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: dose at the home station or wait until this station is back online.</source>
            <translation>Offline, en dit is niet het thuisstation van de patiënt: doseer op het thuisstation of wacht tot dit station weer online is.</translation>
        </message>
        <message>
            <source>Offline: this is the patient's home station, so it may dose; doses given elsewhere show up after the next sync.</source>
            <translation>Offline: dit is het thuisstation van de patiënt, dus het mag doseren; elders gegeven doses verschijnen na de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>Record the pre-dose assessment (sedation, and breath alcohol if used) first.</source>
            <translation>Leg eerst de beoordeling vóór de dosis vast (sedatie, en ademalcohol indien gebruikt).</translation>
        </message>
        <message>
            <source>The last dose in this session was partial; the interval does not apply.</source>
            <translation>De laatste dosis in deze sessie was gedeeltelijk; het interval geldt niet.</translation>
        </message>
        <message>
            <source>The patient's identity is not confirmed: scan the card, or identify with a witness.</source>
            <translation>De identiteit van de patiënt is niet bevestigd: scan de pas, of identificeer met een getuige.</translation>
        </message>
        <message>
            <source>The previous observation is closed.</source>
            <translation>De vorige observatie is afgesloten.</translation>
        </message>
        <message>
            <source>The previous observation is still open: discharge the patient from it first.</source>
            <translation>De vorige observatie staat nog open: ontsla de patiënt daar eerst uit.</translation>
        </message>
        <message>
            <source>The witness must be a different staff member from the one who identified the patient.</source>
            <translation>De getuige moet een andere medewerker zijn dan degene die de patiënt heeft geïdentificeerd.</translation>
        </message>
        <message>
            <source>Titration: no dose was given yesterday, so today's maximum cannot be set; a clinic lead must review.</source>
            <translation>Titratie: gisteren is geen dosis gegeven, dus het maximum van vandaag kan niet worden bepaald; een teamleider moet beoordelen.</translation>
        </message>
        <message>
            <source>Titration: there is no earlier dose to rise from; a clinic lead must review.</source>
            <translation>Titratie: er is geen eerdere dosis om van uit te gaan; een teamleider moet beoordelen.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed today's step of the dose plan ({cap} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg zou de stap van vandaag van het doseringsschema ({cap} mg) overschrijden: vandaag {given} mg gegeven, hoogstens {remaining} mg meer.</translation>
        </message>
        <message>
            <source>Today's step of the dose plan is {cap} mg: {given} mg given, up to {remaining} mg more.</source>
            <translation>De stap van vandaag van het doseringsschema is {cap} mg: {given} mg gegeven, tot {remaining} mg meer.</translation>
        </message>
        <message>
            <source>The prescription for {drug} ends on {until} ({days} day(s) left): ask the prescriber to renew it.</source>
            <translation>Het voorschrift voor {drug} eindigt op {until} (nog {days} dag(en)): vraag de voorschrijvend arts het te verlengen.</translation>
        </message>
        <message>
            <source>The prescriber's review of this prescription was due on {review_on}: tell the prescriber.</source>
            <translation>De evaluatie van dit voorschrift door de voorschrijvend arts was gepland op {review_on}: meld het aan de voorschrijvend arts.</translation>
        </message>
        <message>
            <source>There is no active prescription for {drug} today.</source>
            <translation>Er is vandaag geen actief voorschrift voor {drug}.</translation>
        </message>
        <message>
            <source>There are {count} active prescriptions for {drug} today; a clinic lead must end all but one.</source>
            <translation>Er zijn vandaag {count} actieve voorschriften voor {drug}; een teamleider moet ze op één na beëindigen.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, until {until}.</source>
            <translation>Actief voorschrift voor {drug}: hoogstens {per_session} mg per sessie en {per_day} mg per dag, tot {until}.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, with no end date.</source>
            <translation>Actief voorschrift voor {drug}: hoogstens {per_session} mg per sessie en {per_day} mg per dag, zonder einddatum.</translation>
        </message>
        <message>
            <source>A stop-dose flag is set ({flags}); a prescriber or a clinic lead lifts it.</source>
            <translation>Er is een dosisstop ingesteld ({flags}); een voorschrijvend arts of een teamleider heft die op.</translation>
        </message>
        <message>
            <source>This station's clock is {ahead_by} ahead of the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>De klok van dit station loopt {ahead_by} voor op die van de centrale server: de tijd van de server wordt voor dit bezoek gebruikt. Laat de klok van het station juist zetten.</translation>
        </message>
        <message>
            <source>This station's clock is {behind_by} behind the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>De klok van dit station loopt {behind_by} achter op die van de centrale server: de tijd van de server wordt voor dit bezoek gebruikt. Laat de klok van het station juist zetten.</translation>
        </message>
        <message>
            <source>A dose recorded at this station is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>Een dosis die op dit station is vastgelegd, heeft een tijdstempel {ahead} in de toekomst: de klok van dat station staat verkeerd. De dosis telt als nu gegeven; laat de klok juist zetten en vraag een teamleider de tijd van de dosis te corrigeren.</translation>
        </message>
        <message>
            <source>A dose recorded at station {station} is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>Een dosis die op station {station} is vastgelegd, heeft een tijdstempel {ahead} in de toekomst: de klok van dat station staat verkeerd. De dosis telt als nu gegeven; laat de klok juist zetten en vraag een teamleider de tijd van de dosis te corrigeren.</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}).</source>
            <translation>In deze sessie ({session}) is al {given} mg gegeven.</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}); a second dose needs a second staff member's approval.</source>
            <translation>In deze sessie ({session}) is al {given} mg gegeven; een tweede dosis vereist goedkeuring van een tweede medewerker.</translation>
        </message>
        <message>
            <source>A partial or failed injection (counted as {given} mg) was recorded in this session; another dose needs a second staff member's approval.</source>
            <translation>In deze sessie is een gedeeltelijke of mislukte injectie (geteld als {given} mg) vastgelegd; een nieuwe dosis vereist goedkeuring van een tweede medewerker.</translation>
        </message>
        <message>
            <source>All {count} prescribed sessions for today have been dosed.</source>
            <translation>Alle {count} voorgeschreven sessies van vandaag zijn gedoseerd.</translation>
        </message>
        <message>
            <source>No dose given yet in the {session} session.</source>
            <translation>Nog geen dosis gegeven in de sessie {session}.</translation>
        </message>
        <message>
            <source>The pre-dose assessment is not from the last {within}: assess the patient again.</source>
            <translation>De beoordeling vóór de dosis is niet van de laatste {within}: beoordeel de patiënt opnieuw.</translation>
        </message>
        <message>
            <source>Sedation score {sedation}: no dose now; assess the patient again later.</source>
            <translation>Sedatiescore {sedation}: nu geen dosis; beoordeel de patiënt later opnieuw.</translation>
        </message>
        <message>
            <source>Pre-dose assessment shows no intoxication (sedation score {sedation}).</source>
            <translation>De beoordeling vóór de dosis toont geen intoxicatie (sedatiescore {sedation}).</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): no dose now by clinic rule; assess again later.</source>
            <translation>Tekenen van intoxicatie (sedatiescore {sedation}): nu geen dosis volgens de kliniekregel; beoordeel later opnieuw.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Tekenen van intoxicatie (ademalcohol {alcohol} ‰): nu geen dosis volgens de kliniekregel; beoordeel later opnieuw.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Tekenen van intoxicatie (sedatiescore {sedation} en ademalcohol {alcohol} ‰): nu geen dosis volgens de kliniekregel; beoordeel later opnieuw.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Tekenen van intoxicatie (sedatiescore {sedation}): hoogstens {cap} mg ({share} % van de voorgeschreven dosis) volgens de kliniekregel.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Tekenen van intoxicatie (ademalcohol {alcohol} ‰): hoogstens {cap} mg ({share} % van de voorgeschreven dosis) volgens de kliniekregel.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Tekenen van intoxicatie (sedatiescore {sedation} en ademalcohol {alcohol} ‰): hoogstens {cap} mg ({share} % van de voorgeschreven dosis) volgens de kliniekregel.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session: at most {cap} mg.</source>
            <translation>{proposed} mg ligt boven het voorgeschreven maximum van {per_session} mg per sessie: hoogstens {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session ({given} mg already given this session): at most {cap} mg.</source>
            <translation>{proposed} mg ligt boven het voorgeschreven maximum van {per_session} mg per sessie (al {given} mg gegeven in deze sessie): hoogstens {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session.</source>
            <translation>{proposed} mg blijft binnen de voorgeschreven {per_session} mg per sessie.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session ({given} mg already given this session).</source>
            <translation>{proposed} mg blijft binnen de voorgeschreven {per_session} mg per sessie (al {given} mg gegeven in deze sessie).</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the prescribed daily maximum ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg zou het voorgeschreven dagmaximum ({limit} mg) overschrijden: vandaag {given} mg gegeven, hoogstens {remaining} mg meer.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg zou het dagmaximum diacetylmorfine van de kliniek ({limit} mg) overschrijden: vandaag {given} mg gegeven, hoogstens {remaining} mg meer.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of methadone alongside diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg zou het dagmaximum methadon naast diacetylmorfine van de kliniek ({limit} mg) overschrijden: vandaag {given} mg gegeven, hoogstens {remaining} mg meer.</translation>
        </message>
        <message>
            <source>{given} mg given today; up to {more} mg more is within every daily maximum.</source>
            <translation>Vandaag {given} mg gegeven; tot {more} mg meer blijft binnen elk dagmaximum.</translation>
        </message>
        <message>
            <source>The last dose was at {last}; the next may be given from {next} (at least {interval} apart).</source>
            <translation>De laatste dosis was om {last}; de volgende mag vanaf {next} worden gegeven (minstens {interval} ertussen).</translation>
        </message>
        <message>
            <source>The last dose was at {last}, more than {interval} ago.</source>
            <translation>De laatste dosis was om {last}, meer dan {interval} geleden.</translation>
        </message>
        <message>
            <source>Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>Inductie: de eerste dosis mag hoogstens {first_cap} mg zijn; observeer nauwlettend.</translation>
        </message>
        <message>
            <source>Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>Inductie: een tweede dosis van hoogstens {second_cap} mg mag direct volgen.</translation>
        </message>
        <message>
            <source>Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>Inductie dag 1: elke volgende dosis mag hoogstens {cap} mg zijn, met minstens {interval} ertussen.</translation>
        </message>
        <message>
            <source>Induction day 1: doses at least {interval} apart; the next may be given from {next}.</source>
            <translation>Inductie dag 1: doses met minstens {interval} ertussen; de volgende mag vanaf {next} worden gegeven.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>{proposed} mg is te veel. Inductie: de eerste dosis mag hoogstens {first_cap} mg zijn; observeer nauwlettend.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>{proposed} mg is te veel. Inductie: een tweede dosis van hoogstens {second_cap} mg mag direct volgen.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>{proposed} mg is te veel. Inductie dag 1: elke volgende dosis mag hoogstens {cap} mg zijn, met minstens {interval} ertussen.</translation>
        </message>
        <message>
            <source>Titration: each dose today may be at most {cap} mg ({share} % of yesterday's total of {total} mg).</source>
            <translation>Titratie: elke dosis vandaag mag hoogstens {cap} mg zijn ({share} % van het totaal van gisteren van {total} mg).</translation>
        </message>
        <message>
            <source>Titration: a dose may rise by at most {rise} % over the last dose of {last} mg: at most {cap} mg.</source>
            <translation>Titratie: een dosis mag hoogstens {rise} % stijgen ten opzichte van de laatste dosis van {last} mg: hoogstens {cap} mg.</translation>
        </message>
        <message>
            <source>Missed days since the last dose: {missed}.</source>
            <translation>Gemiste dagen sinds de laatste dosis: {missed}.</translation>
        </message>
        <message>
            <source>The cap after the {break_days}-day break has ended.</source>
            <translation>De limiet na de onderbreking van {break_days} dagen is afgelopen.</translation>
        </message>
        <message>
            <source>{missed} consecutive days without a dose: tolerance may be lower and the overdose risk higher; write a comment.</source>
            <translation>{missed} opeenvolgende dagen zonder dosis: de tolerantie kan lager zijn en het overdosisrisico hoger; schrijf een opmerking.</translation>
        </message>
        <message>
            <source>A clinician reviewed the patient after the {missed}-day break.</source>
            <translation>Een behandelaar heeft de patiënt beoordeeld na de onderbreking van {missed} dagen.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose a clinician must review the patient before dosing (the review is recorded by a clinic lead).</source>
            <translation>Na {missed} dagen zonder dosis moet een behandelaar de patiënt beoordelen vóór het doseren (de beoordeling wordt vastgelegd door een teamleider).</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), until a clinic lead records a review.</source>
            <translation>Na {missed} dagen zonder dosis hoogstens {cap} mg per dosis ({share} % van de laatste dosis van {basis} mg), tot een teamleider een beoordeling vastlegt.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), for {days} day(s) from {since}.</source>
            <translation>Na {missed} dagen zonder dosis hoogstens {cap} mg per dosis ({share} % van de laatste dosis van {basis} mg), gedurende {days} dag(en) vanaf {since}.</translation>
        </message>
        <message>
            <source>diacetylmorphine IV</source>
            <translation>diacetylmorfine IV</translation>
        </message>
        <message>
            <source>diacetylmorphine IM</source>
            <translation>diacetylmorfine IM</translation>
        </message>
        <message>
            <source>diacetylmorphine oral</source>
            <translation>diacetylmorfine oraal</translation>
        </message>
        <message>
            <source>methadone oral</source>
            <translation>methadon oraal</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} u {minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} u</translation>
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
            <translation>Scan de DataMatrix-code van de verpakking met de scanner, of typ hem hieronder (schrijf &lt;GS&gt; voor het groepsscheidingsteken) en druk op Enter.</translation>
        </message>
        <message>
            <source>How to receive a pack</source>
            <translation>Hoe u een verpakking ontvangt</translation>
        </message>
        <message>
            <source>Pack code</source>
            <translation>Verpakkingscode</translation>
        </message>
        <message>
            <source>scan or type the pack code</source>
            <translation>scan of typ de verpakkingscode</translation>
        </message>
        <message>
            <source>&amp;Read code</source>
            <translation>Code &amp;lezen</translation>
        </message>
        <message>
            <source>Read the pack code</source>
            <translation>De verpakkingscode lezen</translation>
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
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <source>Code type</source>
            <translation>Codetype</translation>
        </message>
        <message>
            <source>Ampoules received</source>
            <translation>Ontvangen ampullen</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Ontvangen hoeveelheid</translation>
        </message>
        <message>
            <source>Re&amp;ceive</source>
            <translation>&amp;Ontvangen</translation>
        </message>
        <message>
            <source>Receive this pack</source>
            <translation>Deze verpakking ontvangen</translation>
        </message>
        <message>
            <source>Receiving message</source>
            <translation>Bericht ontvangst</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Verpakking</translation>
        </message>
        <message>
            <source>&amp;Ampoules</source>
            <translation>&amp;Ampullen</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Hoeveelheid</translation>
        </message>
        <message>
            <source>New product for the catalogue</source>
            <translation>Nieuw product voor de catalogus</translation>
        </message>
        <message>
            <source>Product number</source>
            <translation>Productnummer</translation>
        </message>
        <message>
            <source>Substance</source>
            <translation>Stof</translation>
        </message>
        <message>
            <source>e.g. diacetylmorphine</source>
            <translation>bijv. diacetylmorfine</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Productnaam</translation>
        </message>
        <message>
            <source>mg per ampoule</source>
            <translation>mg per ampul</translation>
        </message>
        <message>
            <source>Ampoules per pack</source>
            <translation>Ampullen per verpakking</translation>
        </message>
        <message>
            <source>Add this product to the catalogue</source>
            <translation>Dit product aan de catalogus toevoegen</translation>
        </message>
        <message>
            <source>Add to catalo&amp;gue</source>
            <translation>Aan &amp;catalogus toevoegen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Reading the pack code…</source>
            <translation>De verpakkingscode wordt gelezen…</translation>
        </message>
        <message>
            <source>(not in the code)</source>
            <translation>(niet in de code)</translation>
        </message>
        <message>
            <source>Not in the catalogue</source>
            <translation>Niet in de catalogus</translation>
        </message>
        <message>
            <source>This product is not in the catalogue: add it below, then receive.</source>
            <translation>Dit product staat niet in de catalogus: voeg het hieronder toe en ontvang dan.</translation>
        </message>
        <message>
            <source>Check the pack against the screen, then press Receive.</source>
            <translation>Vergelijk de verpakking met het scherm en druk dan op Ontvangen.</translation>
        </message>
        <message>
            <source>{units} × {per} = {total}</source>
            <translation>{units} × {per} = {total}</translation>
        </message>
        <message>
            <source>Received: {product}, batch {batch}, serial {serial}.</source>
            <translation>Ontvangen: {product}, batch {batch}, serienummer {serial}.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Geweigerd: {reason}</translation>
        </message>
        <message>
            <source>Give the substance, the name and the mg per ampoule.</source>
            <translation>Geef de stof, de naam en de mg per ampul.</translation>
        </message>
    </context>
    <context>
        <name>ReconstitutePage</name>
        <message>
            <source>Stock lots to take from</source>
            <translation>Voorraadpartijen om uit te nemen</translation>
        </message>
        <message>
            <source>Stock lot</source>
            <translation>Voorraadpartij</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>mg to use</source>
            <translation>te gebruiken mg</translation>
        </message>
        <message>
            <source>Final volume in mL</source>
            <translation>Eindvolume in mL</translation>
        </message>
        <message>
            <source>Sample volume in mL</source>
            <translation>Monstervolume in mL</translation>
        </message>
        <message>
            <source>Sample mass in g</source>
            <translation>Monstermassa in g</translation>
        </message>
        <message>
            <source> h</source>
            <translation> u</translation>
        </message>
        <message>
            <source>Shelf life after reconstitution in hours</source>
            <translation>Houdbaarheid na reconstitutie in uren</translation>
        </message>
        <message>
            <source>&amp;Tare empty vessel</source>
            <translation>Leeg vat &amp;tarreren</translation>
        </message>
        <message>
            <source>Tare the empty vessel on the scale</source>
            <translation>Het lege vat op de weegschaal tarreren</translation>
        </message>
        <message>
            <source>&amp;Weigh sample</source>
            <translation>Monster &amp;wegen</translation>
        </message>
        <message>
            <source>Weigh the sample on the scale</source>
            <translation>Het monster op de weegschaal wegen</translation>
        </message>
        <message>
            <source>Concentration and density</source>
            <translation>Concentratie en dichtheid</translation>
        </message>
        <message>
            <source>Reconstitute and &amp;sign…</source>
            <translation>Reconstitueren en &amp;ondertekenen…</translation>
        </message>
        <message>
            <source>Reconstitute and sign with a witness</source>
            <translation>Reconstitueren en ondertekenen met een getuige</translation>
        </message>
        <message>
            <source>Reconstitution message</source>
            <translation>Bericht reconstitutie</translation>
        </message>
        <message>
            <source>&amp;Final volume (mL)</source>
            <translation>&amp;Eindvolume (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;volume (mL)</source>
            <translation>Monster&amp;volume (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;mass (g)</source>
            <translation>Monster&amp;massa (g)</translation>
        </message>
        <message>
            <source>S&amp;helf life</source>
            <translation>&amp;Houdbaarheid</translation>
        </message>
        <message>
            <source>Density: weigh a known volume</source>
            <translation>Dichtheid: weeg een bekend volume</translation>
        </message>
        <message>
            <source>Ampoules from these stock lots:</source>
            <translation>Ampullen uit deze voorraadpartijen:</translation>
        </message>
        <message>
            <source>Total {mg}</source>
            <translation>Totaal {mg}</translation>
        </message>
        <message>
            <source>concentration {value} mg/mL</source>
            <translation>concentratie {value} mg/mL</translation>
        </message>
        <message>
            <source>density {value} g/mL</source>
            <translation>dichtheid {value} g/mL</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Er is geen weegschaal verbonden.</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Tarreren…</translation>
        </message>
        <message>
            <source>Tared. Fill the vessel with the sample volume, then press Weigh sample.</source>
            <translation>Getarreerd. Vul het vat met het monstervolume en druk dan op Monster wegen.</translation>
        </message>
        <message>
            <source>Waiting for a stable weight…</source>
            <translation>Wachten op een stabiel gewicht…</translation>
        </message>
        <message>
            <source>The scale gave no weight in g.</source>
            <translation>De weegschaal gaf geen gewicht in g.</translation>
        </message>
        <message>
            <source>Sample weighed: {mass} g.</source>
            <translation>Monster gewogen: {mass} g.</translation>
        </message>
        <message>
            <source>Type the mg taken from at least one stock lot.</source>
            <translation>Typ de mg die uit minstens één voorraadpartij worden genomen.</translation>
        </message>
        <message>
            <source>Give the final volume, the sample volume and the weighed sample mass.</source>
            <translation>Geef het eindvolume, het monstervolume en de gewogen monstermassa.</translation>
        </message>
        <message>
            <source>Witness the reconstitution: {figures}</source>
            <translation>Getuige zijn van de reconstitutie: {figures}</translation>
        </message>
        <message>
            <source>Solution batch {batch} recorded.</source>
            <translation>Oplossingsbatch {batch} vastgelegd.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Geweigerd: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Substance</source>
            <translation>Stof</translation>
        </message>
        <message>
            <source>Batch shown</source>
            <translation>Getoonde batch</translation>
        </message>
        <message>
            <source>Controlled-drug register</source>
            <translation>Opiumregister</translation>
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
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Change (mg)</source>
            <translation>Wijziging (mg)</translation>
        </message>
        <message>
            <source>Balance (mg)</source>
            <translation>Saldo (mg)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Getuige</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Correction notes</source>
            <translation>Correctienotities</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporteren als CSV</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xporteren…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>&amp;PDF exporteren…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Exporteren als PDF</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Af&amp;drukken…</translation>
        </message>
        <message>
            <source>Print the register</source>
            <translation>Het register afdrukken</translation>
        </message>
        <message>
            <source>Correction note</source>
            <translation>Correctienotitie</translation>
        </message>
        <message>
            <source>what was wrong, and why</source>
            <translation>wat er fout was, en waarom</translation>
        </message>
        <message>
            <source>Correction in mg (optional)</source>
            <translation>Correctie in mg (optioneel)</translation>
        </message>
        <message>
            <source>e.g. -0.50</source>
            <translation>bijv. -0.50</translation>
        </message>
        <message>
            <source>Add &amp;correction</source>
            <translation>&amp;Correctie toevoegen</translation>
        </message>
        <message>
            <source>Add a correction to the chosen entry</source>
            <translation>Een correctie aan de gekozen regel toevoegen</translation>
        </message>
        <message>
            <source>Register message</source>
            <translation>Bericht register</translation>
        </message>
        <message>
            <source>&amp;Substance</source>
            <translation>&amp;Stof</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>Correct the chosen entry (the entry itself never changes)</source>
            <translation>De gekozen regel corrigeren (de regel zelf verandert nooit)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <source>C&amp;hange (mg)</source>
            <translation>&amp;Wijziging (mg)</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>Alle batches</translation>
        </message>
        <message>
            <source>Stock of {what}</source>
            <translation>Voorraad {what}</translation>
        </message>
        <message>
            <source>Choose the entry to correct.</source>
            <translation>Kies de regel die u wilt corrigeren.</translation>
        </message>
        <message>
            <source>Write what the correction is about.</source>
            <translation>Schrijf waar de correctie over gaat.</translation>
        </message>
        <message>
            <source>The change must be a number of mg.</source>
            <translation>De wijziging moet een aantal mg zijn.</translation>
        </message>
        <message>
            <source>This entry has no batch: add a note without a change.</source>
            <translation>Deze regel heeft geen batch: voeg een notitie zonder wijziging toe.</translation>
        </message>
        <message>
            <source>Correction added as a dated note.</source>
            <translation>Correctie toegevoegd als gedateerde notitie.</translation>
        </message>
        <message>
            <source>There is nothing to export yet.</source>
            <translation>Er is nog niets te exporteren.</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Het register exporteren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wordt geschreven…</translation>
        </message>
        <message numerus="yes">
            <source>%n entries written to {file}.</source>
            <translation>
                <numerusform>%n regel geschreven naar {file}.</numerusform>
                <numerusform>%n regels geschreven naar {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to print yet.</source>
            <translation>Er is nog niets af te drukken.</translation>
        </message>
        <message>
            <source>Controlled-drug register: {substance} — {station}</source>
            <translation>Opiumregister: {substance} — {station}</translation>
        </message>
        <message>
            <source>Printed {printed} - page {page} of {pages}</source>
            <translation>Afgedrukt {printed} - pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>Printing the register…</source>
            <translation>Het register wordt afgedrukt…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n pagina naar de printer gestuurd.</numerusform>
                <numerusform>%n pagina's naar de printer gestuurd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Geweigerd: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScaleChecks</name>
        <message>
            <source>Scale</source>
            <translation>Weegschaal</translation>
        </message>
        <message>
            <source>Scale checks</source>
            <translation>Controles van de weegschaal</translation>
        </message>
        <message>
            <source>Not identified yet.</source>
            <translation>Nog niet geïdentificeerd.</translation>
        </message>
        <message>
            <source>Scale identity</source>
            <translation>Identiteit van de weegschaal</translation>
        </message>
        <message>
            <source>&amp;Identify</source>
            <translation>&amp;Identificeren</translation>
        </message>
        <message>
            <source>Identify the scale</source>
            <translation>De weegschaal identificeren</translation>
        </message>
        <message>
            <source>&amp;Zero</source>
            <translation>&amp;Nulstellen</translation>
        </message>
        <message>
            <source>Zero the scale</source>
            <translation>De weegschaal op nul zetten</translation>
        </message>
        <message>
            <source>&amp;Tare</source>
            <translation>&amp;Tarreren</translation>
        </message>
        <message>
            <source>Tare the scale</source>
            <translation>De weegschaal tarreren</translation>
        </message>
        <message>
            <source>Read the weight once</source>
            <translation>Het gewicht één keer lezen</translation>
        </message>
        <message>
            <source>Test r&amp;ead</source>
            <translation>Test&amp;lezing</translation>
        </message>
        <message>
            <source>Test reading and latency</source>
            <translation>Testlezing en latentie</translation>
        </message>
        <message>
            <source>Start raw &amp;monitor</source>
            <translation>Ruwe &amp;monitor starten</translation>
        </message>
        <message>
            <source>Start or stop the raw monitor</source>
            <translation>De ruwe monitor starten of stoppen</translation>
        </message>
        <message>
            <source>Raw traffic</source>
            <translation>Ruw verkeer</translation>
        </message>
        <message>
            <source>Scale serial number</source>
            <translation>Serienummer van de weegschaal</translation>
        </message>
        <message>
            <source>Certified mass in g</source>
            <translation>Gecertificeerde massa in g</translation>
        </message>
        <message>
            <source>Tolerance in g</source>
            <translation>Tolerantie in g</translation>
        </message>
        <message>
            <source>Weigh the reference weight and record the check</source>
            <translation>Het referentiegewicht wegen en de controle vastleggen</translation>
        </message>
        <message>
            <source>Calibration status</source>
            <translation>Kalibratiestatus</translation>
        </message>
        <message>
            <source>Scale message</source>
            <translation>Bericht weegschaal</translation>
        </message>
        <message>
            <source>Reference-weight check</source>
            <translation>Controle met referentiegewicht</translation>
        </message>
        <message>
            <source>1. Empty the pan, then zero for the chec&amp;k</source>
            <translation>1. Maak de schaal leeg en stel op nul voor de &amp;controle</translation>
        </message>
        <message>
            <source>Clear any tare and zero the empty scale before the reference-weight check</source>
            <translation>Elke tarra wissen en de lege weegschaal op nul zetten vóór de controle met het referentiegewicht</translation>
        </message>
        <message>
            <source>2. Check against the reference &amp;weight</source>
            <translation>2. Controleren met het referentie&amp;gewicht</translation>
        </message>
        <message>
            <source>Serial number of t&amp;he scale</source>
            <translation>Serienummer van de &amp;weegschaal</translation>
        </message>
        <message>
            <source>&amp;Certified mass (g)</source>
            <translation>Gecertificeerde m&amp;assa (g)</translation>
        </message>
        <message>
            <source>T&amp;olerance (g)</source>
            <translation>T&amp;olerantie (g)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Er is geen weegschaal verbonden.</translation>
        </message>
        <message>
            <source>{protocol}: model {model}, serial number {serial}</source>
            <translation>{protocol}: model {model}, serienummer {serial}</translation>
        </message>
        <message>
            <source>The scale answered.</source>
            <translation>De weegschaal heeft geantwoord.</translation>
        </message>
        <message>
            <source>Zeroed.</source>
            <translation>Op nul gezet.</translation>
        </message>
        <message>
            <source>Tared ({value} g).</source>
            <translation>Getarreerd ({value} g).</translation>
        </message>
        <message>
            <source>{value} {unit} ({status}) in {ms} ms; frame {raw}</source>
            <translation>{value} {unit} ({status}) in {ms} ms; frame {raw}</translation>
        </message>
        <message>
            <source>Stop raw &amp;monitor</source>
            <translation>Ruwe &amp;monitor stoppen</translation>
        </message>
        <message>
            <source>Identify the scale (or type its serial number) first.</source>
            <translation>Identificeer eerst de weegschaal (of typ het serienummer).</translation>
        </message>
        <message>
            <source>Give the certified mass and the tolerance in g.</source>
            <translation>Geef de gecertificeerde massa en de tolerantie in g.</translation>
        </message>
        <message>
            <source>Clearing the tare and zeroing the empty pan…</source>
            <translation>De tarra wordt gewist en de lege schaal op nul gezet…</translation>
        </message>
        <message>
            <source>Tare cleared and the empty pan zeroed. Place the reference weight, then check.</source>
            <translation>Tarra gewist en de lege schaal op nul gezet. Plaats het referentiegewicht en controleer dan.</translation>
        </message>
        <message>
            <source>First empty the pan and zero it for the check (step 1).</source>
            <translation>Maak eerst de schaal leeg en stel haar op nul voor de controle (stap 1).</translation>
        </message>
        <message>
            <source>Waiting for a stable weight of the reference weight…</source>
            <translation>Wachten op een stabiel gewicht van het referentiegewicht…</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>geslaagd</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>MISLUKT</translation>
        </message>
        <message>
            <source>Reference check {verdict}: {measured} g for {certified} g (± {tolerance} g).</source>
            <translation>Referentiecontrole {verdict}: {measured} g voor {certified} g (± {tolerance} g).</translation>
        </message>
        <message>
            <source>Calibration ok</source>
            <translation>Kalibratie in orde</translation>
        </message>
        <message>
            <source>Calibration due</source>
            <translation>Kalibratie nodig</translation>
        </message>
        <message>
            <source>Calibration overdue</source>
            <translation>Kalibratie te laat</translation>
        </message>
        <message>
            <source>Calibration failed</source>
            <translation>Kalibratie mislukt</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Nooit gecontroleerd</translation>
        </message>
        <message>
            <source>Never checked against a reference weight.</source>
            <translation>Nooit gecontroleerd met een referentiegewicht.</translation>
        </message>
        <message>
            <source>The last check ({when}) failed: do not weigh doses on this scale.</source>
            <translation>De laatste controle ({when}) is mislukt: weeg geen doses op deze weegschaal.</translation>
        </message>
        <message>
            <source>Overdue since {due} (last check {when}).</source>
            <translation>Te laat sinds {due} (laatste controle {when}).</translation>
        </message>
        <message>
            <source>Due by {due} (last check {when}).</source>
            <translation>Uiterlijk {due} nodig (laatste controle {when}).</translation>
        </message>
        <message>
            <source>Checked {when}; next check due {due}.</source>
            <translation>Gecontroleerd {when}; volgende controle op {due}.</translation>
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
            <translation>Scan een willekeurige code. Om de toetsenbordindeling te controleren, print u een testetiket en scant u de streepjescode.</translation>
        </message>
        <message>
            <source>How to test the scanner</source>
            <translation>Hoe u de scanner test</translation>
        </message>
        <message>
            <source>Scanned text with control characters</source>
            <translation>Gescande tekst met stuurtekens</translation>
        </message>
        <message>
            <source>AIM identifier</source>
            <translation>AIM-identificatie</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>Ruwe bytes</translation>
        </message>
        <message>
            <source>What the code means</source>
            <translation>Wat de code betekent</translation>
        </message>
        <message>
            <source>Keyboard layout check</source>
            <translation>Controle van de toetsenbordindeling</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Betekenis</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>scanner</translation>
        </message>
        <message>
            <source>The raw monitor shows the serial scanner's port only: a keyboard scanner types into the computer like a keyboard and has no port to watch (its keys appear in the text above).</source>
            <translation>De ruwe monitor toont alleen de poort van de seriële scanner: een toetsenbordscanner typt in de computer als een toetsenbord en heeft geen poort om te volgen (de toetsen verschijnen in de tekst hierboven).</translation>
        </message>
        <message>
            <source>What the scanner's raw monitor shows</source>
            <translation>Wat de ruwe monitor van de scanner toont</translation>
        </message>
        <message>
            <source>{identifier} ({name})</source>
            <translation>{identifier} ({name})</translation>
        </message>
        <message>
            <source>none (the scanner sends no AIM identifier)</source>
            <translation>geen (de scanner stuurt geen AIM-identificatie)</translation>
        </message>
        <message>
            <source>(typed by the keyboard)</source>
            <translation>(getypt door het toetsenbord)</translation>
        </message>
        <message>
            <source>A damaged pack code: {error}</source>
            <translation>Een beschadigde verpakkingscode: {error}</translation>
        </message>
        <message>
            <source>Pack code: product {product}, batch {batch}, serial {serial}</source>
            <translation>Verpakkingscode: product {product}, batch {batch}, serienummer {serial}</translation>
        </message>
        <message>
            <source>Not a pack code.</source>
            <translation>Geen verpakkingscode.</translation>
        </message>
        <message>
            <source>Set the scanner's keyboard layout to this computer's (or connect it to a serial port).</source>
            <translation>Stel de toetsenbordindeling van de scanner in op die van deze computer (of sluit hem aan op een seriële poort).</translation>
        </message>
        <message>
            <source>Keyboard layout ok: the code came through exactly as printed.</source>
            <translation>Toetsenbordindeling in orde: de code kwam precies door zoals geprint.</translation>
        </message>
        <message>
            <source>Y and Z are swapped as on a German keyboard. {fix}</source>
            <translation>Y en Z zijn verwisseld zoals op een Duits toetsenbord. {fix}</translation>
        </message>
        <message>
            <source>A/Q and Z/W are swapped as on a French keyboard. {fix}</source>
            <translation>A/Q en Z/W zijn verwisseld zoals op een Frans toetsenbord. {fix}</translation>
        </message>
        <message>
            <source>The scan differs from the printed code ({details}). {fix}</source>
            <translation>De scan wijkt af van de geprinte code ({details}). {fix}</translation>
        </message>
    </context>
    <context>
        <name>SettingChoices</name>
        <message>
            <source>A reason and a second person's signature</source>
            <translation>Een reden en de handtekening van een tweede persoon</translation>
        </message>
        <message>
            <source>A reason only</source>
            <translation>Alleen een reden</translation>
        </message>
        <message>
            <source>No dose until a clinic lead has reviewed the patient</source>
            <translation>Geen dosis tot een teamleider de patiënt heeft beoordeeld</translation>
        </message>
        <message>
            <source>Each dose capped at a share of the last dose before the break</source>
            <translation>Elke dosis begrensd op een deel van de laatste dosis vóór de onderbreking</translation>
        </message>
        <message>
            <source>After the days set above</source>
            <translation>Na de hierboven ingestelde dagen</translation>
        </message>
        <message>
            <source>Not before a clinic lead records a review</source>
            <translation>Niet voordat een teamleider een beoordeling vastlegt</translation>
        </message>
        <message>
            <source>Reduce the dose</source>
            <translation>De dosis verlagen</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Nu geen dosis</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Niet toegestaan</translation>
        </message>
        <message>
            <source>Allowed with a second person's approval</source>
            <translation>Toegestaan met goedkeuring van een tweede persoon</translation>
        </message>
        <message>
            <source>Dose with a second person's approval</source>
            <translation>Dosis met goedkeuring van een tweede persoon</translation>
        </message>
        <message>
            <source>No dose: only the home station doses</source>
            <translation>Geen dosis: alleen het thuisstation doseert</translation>
        </message>
        <message>
            <source>Warn the nurse; weighings are accepted</source>
            <translation>De verpleegkundige waarschuwen; wegingen worden geaccepteerd</translation>
        </message>
        <message>
            <source>No weighing is accepted until the scale passes a check</source>
            <translation>Geen weging wordt geaccepteerd tot de weegschaal een controle doorstaat</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The language is a setting of this station: a technician, a clinic lead or an administrator, signed in, changes it.</source>
            <translation>De taal is een instelling van dit station: een aangemelde technicus, teamleider of beheerder wijzigt haar.</translation>
        </message>
        <message>
            <source>Lock the screen &amp;after (minutes)</source>
            <translation>Scherm vergrendelen &amp;na (minuten)</translation>
        </message>
        <message>
            <source>Lock the screen after this many minutes</source>
            <translation>Het scherm na zoveel minuten vergrendelen</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Observation after injection</source>
            <translation>Observatie na injectie</translation>
        </message>
        <message>
            <source>%1 min; %2 min when venous access failed</source>
            <translation>%1 min; %2 min als de veneuze toegang mislukte</translation>
        </message>
        <message>
            <source>Observation after injection: %1</source>
            <translation>Observatie na injectie: %1</translation>
        </message>
        <message>
            <source>The observation time is one of the clinic's rules: a clinic lead sets it for all stations. It cannot be changed here.</source>
            <translation>De observatietijd is een van de regels van de kliniek: een teamleider stelt hem in voor alle stations. Hij kan hier niet worden gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Station behaviour</source>
            <translation>Gedrag van het station</translation>
        </message>
        <message>
            <source>Clinic rules (clinic lead only, for every station)</source>
            <translation>Kliniekregels (alleen teamleider, voor elk station)</translation>
        </message>
        <message>
            <source>Clinic rules</source>
            <translation>Kliniekregels</translation>
        </message>
        <message>
            <source>The clinic's rules: only a clinic lead changes them. A change applies to the next decision at this station and reaches the other stations when they sync.</source>
            <translation>De regels van de kliniek: alleen een teamleider wijzigt ze. Een wijziging geldt voor de volgende beslissing op dit station en bereikt de andere stations wanneer ze synchroniseren.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>Instellingen &amp;opslaan</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>De instellingen opslaan</translation>
        </message>
        <message>
            <source>Settings message</source>
            <translation>Bericht instellingen</translation>
        </message>
        <message>
            <source>Changed {when} by {who}.</source>
            <translation>Gewijzigd {when} door {who}.</translation>
        </message>
        <message>
            <source>Built-in value, not changed.</source>
            <translation>Ingebouwde waarde, niet gewijzigd.</translation>
        </message>
        <message>
            <source>{meaning} Only a clinic lead may change this.</source>
            <translation>{meaning} Alleen een teamleider mag dit wijzigen.</translation>
        </message>
        <message>
            <source>{meaning} Only {roles} may change this.</source>
            <translation>{meaning} Alleen {roles} mag dit wijzigen.</translation>
        </message>
        <message>
            <source>unit: {unit}</source>
            <translation>eenheid: {unit}</translation>
        </message>
        <message>
            <source>The saved value cannot be used ({problem}). Saving sets the value shown.</source>
            <translation>De opgeslagen waarde kan niet worden gebruikt ({problem}). Opslaan stelt de getoonde waarde in.</translation>
        </message>
        <message>
            <source>The settings could not be read: {reason}</source>
            <translation>De instellingen konden niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Er is niets gewijzigd.</translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) saved.</source>
            <translation>
                <numerusform>%n instelling opgeslagen.</numerusform>
                <numerusform>%n instellingen opgeslagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Niet opgeslagen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off by a second person</source>
            <translation>Aftekening door een tweede persoon</translation>
        </message>
        <message>
            <source>User name of the person signing off</source>
            <translation>Gebruikersnaam van de persoon die aftekent</translation>
        </message>
        <message>
            <source>Password of the person signing off</source>
            <translation>Wachtwoord van de persoon die aftekent</translation>
        </message>
        <message>
            <source>Sign-off message</source>
            <translation>Bericht aftekening</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Aftekenen</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Aftekenen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancel the sign-off</source>
            <translation>De aftekening annuleren</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Gebruikersnaam</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Wachtwoord</translation>
        </message>
        <message>
            <source>Enter the user name and the password.</source>
            <translation>Voer de gebruikersnaam en het wachtwoord in.</translation>
        </message>
    </context>
    <context>
        <name>SimulatorPanel</name>
        <message>
            <source>Put %1 g on the scale</source>
            <translation>%1 g op de weegschaal leggen</translation>
        </message>
        <message>
            <source>Type a mass in grams, e.g. 21.98.</source>
            <translation>Typ een massa in gram, bijv. 21.98.</translation>
        </message>
        <message>
            <source>Type what the code says, or choose a card.</source>
            <translation>Typ wat de code zegt, of kies een pas.</translation>
        </message>
        <message>
            <source>Scale: %1 g placed on the pan.</source>
            <translation>Weegschaal: %1 g op de schaal gelegd.</translation>
        </message>
        <message>
            <source>Scale: the pan is empty.</source>
            <translation>Weegschaal: de schaal is leeg.</translation>
        </message>
        <message>
            <source>Scale: unsteady (draught), it will not settle.</source>
            <translation>Weegschaal: onrustig (tocht), ze wordt niet stabiel.</translation>
        </message>
        <message>
            <source>Scale: steady again.</source>
            <translation>Weegschaal: weer stabiel.</translation>
        </message>
        <message>
            <source>Scale: cable pulled.</source>
            <translation>Weegschaal: kabel losgetrokken.</translation>
        </message>
        <message>
            <source>Scale: cable put back.</source>
            <translation>Weegschaal: kabel teruggestoken.</translation>
        </message>
        <message>
            <source>Printer: paper taken out.</source>
            <translation>Printer: papier eruit gehaald.</translation>
        </message>
        <message>
            <source>Printer: paper put back.</source>
            <translation>Printer: papier teruggeplaatst.</translation>
        </message>
        <message>
            <source>Printer: head opened.</source>
            <translation>Printer: kop geopend.</translation>
        </message>
        <message>
            <source>Printer: head closed.</source>
            <translation>Printer: kop gesloten.</translation>
        </message>
        <message>
            <source>Printer: paused.</source>
            <translation>Printer: gepauzeerd.</translation>
        </message>
        <message>
            <source>Printer: running again.</source>
            <translation>Printer: draait weer.</translation>
        </message>
        <message>
            <source>Printer: silent (does not answer).</source>
            <translation>Printer: stil (antwoordt niet).</translation>
        </message>
        <message>
            <source>Printer: answers again.</source>
            <translation>Printer: antwoordt weer.</translation>
        </message>
        <message>
            <source>Scanner: code sent.</source>
            <translation>Scanner: code verzonden.</translation>
        </message>
        <message>
            <source>Put the scale's cable back</source>
            <translation>De kabel van de weegschaal terugsteken</translation>
        </message>
        <message>
            <source>Pull the scale's cable</source>
            <translation>De kabel van de weegschaal lostrekken</translation>
        </message>
        <message>
            <source>Mass on the pan (g)</source>
            <translation>Massa op de schaal (g)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaatsen</translation>
        </message>
        <message>
            <source>Remove the syringe</source>
            <translation>De spuit verwijderen</translation>
        </message>
        <message>
            <source>Unsteady (draught)</source>
            <translation>Onrustig (tocht)</translation>
        </message>
        <message>
            <source>Paper out</source>
            <translation>Papier op</translation>
        </message>
        <message>
            <source>Head open</source>
            <translation>Kop open</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <source>Silent (does not answer)</source>
            <translation>Stil (antwoordt niet)</translation>
        </message>
        <message>
            <source>Demo card</source>
            <translation>Demopas</translation>
        </message>
        <message>
            <source>Scan card</source>
            <translation>Pas scannen</translation>
        </message>
        <message>
            <source>Code text</source>
            <translation>Codetekst</translation>
        </message>
        <message>
            <source>Scan text</source>
            <translation>Tekst scannen</translation>
        </message>
        <message>
            <source>Device simulator</source>
            <translation>Apparaatsimulator</translation>
        </message>
        <message>
            <source>Scale (simulated)</source>
            <translation>Weegschaal (gesimuleerd)</translation>
        </message>
        <message>
            <source>Mass to place on the scale, in grams</source>
            <translation>Massa om op de weegschaal te leggen, in gram</translation>
        </message>
        <message>
            <source>e.g. 21.98</source>
            <translation>bijv. 21.98</translation>
        </message>
        <message>
            <source>Place this mass on the scale</source>
            <translation>Deze massa op de weegschaal leggen</translation>
        </message>
        <message>
            <source>Remove everything from the scale</source>
            <translation>Alles van de weegschaal halen</translation>
        </message>
        <message>
            <source>Make the scale unsteady</source>
            <translation>De weegschaal onrustig maken</translation>
        </message>
        <message>
            <source>Label printer (simulated)</source>
            <translation>Etikettenprinter (gesimuleerd)</translation>
        </message>
        <message>
            <source>Printer fault: %1</source>
            <translation>Printerstoring: %1</translation>
        </message>
        <message>
            <source>Card scanner (simulated)</source>
            <translation>Kaartlezer (gesimuleerd)</translation>
        </message>
        <message>
            <source>Demo card to scan</source>
            <translation>Demopas om te scannen</translation>
        </message>
        <message>
            <source>Scan the chosen demo card</source>
            <translation>De gekozen demopas scannen</translation>
        </message>
        <message>
            <source>Text of a code to scan</source>
            <translation>Tekst van een code om te scannen</translation>
        </message>
        <message>
            <source>Scan the typed text</source>
            <translation>De getypte tekst scannen</translation>
        </message>
        <message>
            <source>Simulator messages</source>
            <translation>Berichten van de simulator</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Station message</source>
            <translation>Bericht station</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Aangemelde gebruiker</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Synchronisatiestatus</translation>
        </message>
        <message>
            <source>Scale state</source>
            <translation>Status weegschaal</translation>
        </message>
        <message>
            <source>Printer state</source>
            <translation>Status printer</translation>
        </message>
        <message>
            <source>Scanner state</source>
            <translation>Status scanner</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>No central server is connected: working offline.</source>
            <translation>Er is geen centrale server verbonden: offline werken.</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Weegschaal</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>gereed</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>bezig</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>verbinden</translation>
        </message>
        <message>
            <source>fault</source>
            <translation>storing</translation>
        </message>
        <message>
            <source>not configured</source>
            <translation>niet geconfigureerd</translation>
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
            <translation>Referentiecontrole weegschaal</translation>
        </message>
        <message>
            <source>Opening the station…</source>
            <translation>Het station wordt geopend…</translation>
        </message>
        <message>
            <source>{device}: {state}</source>
            <translation>{device}: {state}</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Aangemeld: {name}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Vergrendeld</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>Synchronisatie: {state}</translation>
        </message>
        <message>
            <source>Scale check due</source>
            <translation>Controle weegschaal nodig</translation>
        </message>
    </context>
    <context>
        <name>StationWindow</name>
        <message>
            <source>Dosing station — {name}</source>
            <translation>Doseerstation — {name}</translation>
        </message>
        <message>
            <source> (DEMO: fictional data)</source>
            <translation> (DEMO: fictieve gegevens)</translation>
        </message>
        <message>
            <source>Dosing station</source>
            <translation>Doseerstation</translation>
        </message>
        <message>
            <source>Sign in to start.</source>
            <translation>Meld u aan om te beginnen.</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>Scherm &amp;vergrendelen</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Vergrendeld.</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>&amp;Gebruiker wisselen</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>In&amp;stellingen…</translation>
        </message>
        <message>
            <source>Clinic lead: patient &amp;flags…</source>
            <translation>Teamleider: &amp;dosisstops…</translation>
        </message>
        <message>
            <source>&amp;Void a dose entered in error…</source>
            <translation>Per vergissing ingevoerde dosis &amp;ongeldig maken…</translation>
        </message>
        <message>
            <source>Clinic &amp;rules…</source>
            <translation>Kliniek&amp;regels…</translation>
        </message>
        <message>
            <source>&amp;Prescriber's workspace…</source>
            <translation>Werkplek voorschrijvend &amp;arts…</translation>
        </message>
        <message>
            <source>Register a &amp;new patient…</source>
            <translation>&amp;Nieuwe patiënt inschrijven…</translation>
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation>&amp;Incidenten…</translation>
        </message>
        <message>
            <source>Issue &amp;card…</source>
            <translation>&amp;Pas uitgeven…</translation>
        </message>
        <message>
            <source>&amp;Absent patients…</source>
            <translation>A&amp;fwezige patiënten…</translation>
        </message>
        <message>
            <source>Card {clinic_id}</source>
            <translation>Pas {clinic_id}</translation>
        </message>
        <message>
            <source>empty syringe</source>
            <translation>lege spuit</translation>
        </message>
        <message>
            <source>filled, {mg} mg</source>
            <translation>gevuld, {mg} mg</translation>
        </message>
        <message>
            <source>Demo: simulated devices</source>
            <translation>Demo: gesimuleerde apparaten</translation>
        </message>
        <message>
            <source>Show the &amp;device simulators</source>
            <translation>Apparaatsimulators &amp;tonen</translation>
        </message>
        <message>
            <source>Switch user: the next person signs in.</source>
            <translation>Gebruiker wisselen: de volgende persoon meldt zich aan.</translation>
        </message>
        <message>
            <source>Locked after {minutes} min without use.</source>
            <translation>Vergrendeld na {minutes} min zonder gebruik.</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>The demo's central server did not start: {error}</source>
            <translation>De centrale server van de demo is niet gestart: {error}</translation>
        </message>
        <message>
            <source>Sign in first, then scan the card.</source>
            <translation>Meld u eerst aan en scan dan de pas.</translation>
        </message>
        <message>
            <source>The new language is used when this visit ends.</source>
            <translation>De nieuwe taal wordt gebruikt zodra dit bezoek eindigt.</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock over time</source>
            <translation>Voorraad in de tijd</translation>
        </message>
        <message>
            <source>{title}: {count} entries from {start} to {end}; lowest {low} mg, highest {high} mg, now {last} mg.</source>
            <translation>{title}: {count} regels van {start} tot {end}; laagste {low} mg, hoogste {high} mg, nu {last} mg.</translation>
        </message>
        <message>
            <source>{title}: no entries.</source>
            <translation>{title}: geen regels.</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Nog geen regels.</translation>
        </message>
    </context>
    <context>
        <name>SyncLink</name>
        <message>
            <source>the technician's "Central server" tab, "Clinic CA file (PEM)"</source>
            <translation>het tabblad 'Centrale server' van de technicus, 'CA-bestand van de kliniek (PEM)'</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>Not enrolled with a central server: this station works alone.</source>
            <translation>Niet geregistreerd bij een centrale server: dit station werkt alleen.</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline since {time}</source>
            <translation>offline sinds {time}</translation>
        </message>
        <message>
            <source>, {n} queued</source>
            <translation>, {n} in de wachtrij</translation>
        </message>
        <message>
            <source>, last sync {time}</source>
            <translation>, laatste synchronisatie {time}</translation>
        </message>
    </context>
    <context>
        <name>TechnicianWorkspace</name>
        <message>
            <source>Technician</source>
            <translation>Technicus</translation>
        </message>
        <message>
            <source>Technician — {name}</source>
            <translation>Technicus — {name}</translation>
        </message>
        <message>
            <source>Technician tasks</source>
            <translation>Taken van de technicus</translation>
        </message>
        <message>
            <source>&amp;1 Devices</source>
            <translation>&amp;1 Apparaten</translation>
        </message>
        <message>
            <source>&amp;2 Station settings</source>
            <translation>&amp;2 Stationinstellingen</translation>
        </message>
        <message>
            <source>&amp;3 Central server</source>
            <translation>&amp;3 Centrale server</translation>
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
            <translation>Identificeren</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>Beoordelen</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Bereiden</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiketteren</translation>
        </message>
        <message>
            <source>Administer</source>
            <translation>Toedienen</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Observeren</translation>
        </message>
        <message>
            <source>Visit steps</source>
            <translation>Stappen van het bezoek</translation>
        </message>
        <message>
            <source>Visit message</source>
            <translation>Bericht bezoek</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Huidige stap</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patiënt</translation>
        </message>
        <message>
            <source>{mg} recorded. Observation in {booth} until {end}: see the observation board.</source>
            <translation>{mg} vastgelegd. Observatie in {booth} tot {end}: zie het observatiebord.</translation>
        </message>
        <message>
            <source>A card was scanned during a visit: finish or end this visit first.</source>
            <translation>Er is een pas gescand tijdens een bezoek: rond dit bezoek eerst af of beëindig het.</translation>
        </message>
    </context>
    <context>
        <name>VitalsNoteDialog</name>
        <message>
            <source>Note and vital signs: %1</source>
            <translation>Notitie en vitale functies: %1</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <source>&amp;Pulse (/min)</source>
            <translation>&amp;Pols (/min)</translation>
        </message>
        <message>
            <source>&amp;Breathing (/min)</source>
            <translation>&amp;Ademhaling (/min)</translation>
        </message>
        <message>
            <source>&amp;Oxygen saturation (%)</source>
            <translation>&amp;Zuurstofsaturatie (%)</translation>
        </message>
        <message>
            <source>Blood pr&amp;essure (mmHg)</source>
            <translation>&amp;Bloeddruk (mmHg)</translation>
        </message>
        <message>
            <source>&amp;Sedation score</source>
            <translation>&amp;Sedatiescore</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>niet gemeten</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Pulse per minute</source>
            <translation>Pols per minuut</translation>
        </message>
        <message>
            <source>Breaths per minute</source>
            <translation>Ademhalingen per minuut</translation>
        </message>
        <message>
            <source>Oxygen saturation in percent</source>
            <translation>Zuurstofsaturatie in procent</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Bloeddruk</translation>
        </message>
        <message>
            <source>e.g. 120/80</source>
            <translation>bijv. 120/80</translation>
        </message>
        <message>
            <source>Sedation score</source>
            <translation>Sedatiescore</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Wat ontbreekt</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>niet beoordeeld</translation>
        </message>
        <message>
            <source>0 – awake and alert</source>
            <translation>0 – wakker en alert</translation>
        </message>
        <message>
            <source>1 – drowsy, easy to rouse</source>
            <translation>1 – slaperig, makkelijk wekbaar</translation>
        </message>
        <message>
            <source>2 – very drowsy, rousable by voice</source>
            <translation>2 – erg slaperig, wekbaar met stem</translation>
        </message>
        <message>
            <source>3 – hard to rouse: act now</source>
            <translation>3 – moeilijk wekbaar: nu handelen</translation>
        </message>
        <message>
            <source>Enter the blood pressure as two numbers, e.g. 120/80.</source>
            <translation>Voer de bloeddruk in als twee getallen, bijv. 120/80.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Schrijf een notitie of voer een vitale functie in.</translation>
        </message>
    </context>
    <context>
        <name>WitnessDialog</name>
        <message>
            <source>Second person</source>
            <translation>Tweede persoon</translation>
        </message>
        <message>
            <source>Witness: second person's sign-in</source>
            <translation>Getuige: aanmelding van de tweede persoon</translation>
        </message>
        <message>
            <source>What is witnessed</source>
            <translation>Wat wordt bevestigd</translation>
        </message>
        <message>
            <source>Only these roles can confirm: {roles}.</source>
            <translation>Alleen deze rollen kunnen bevestigen: {roles}.</translation>
        </message>
        <message>
            <source>Any other staff member can confirm.</source>
            <translation>Elke andere medewerker kan bevestigen.</translation>
        </message>
        <message>
            <source>Who may confirm</source>
            <translation>Wie mag bevestigen</translation>
        </message>
        <message>
            <source>Witness user name</source>
            <translation>Gebruikersnaam getuige</translation>
        </message>
        <message>
            <source>Witness password</source>
            <translation>Wachtwoord getuige</translation>
        </message>
        <message>
            <source>Witness message</source>
            <translation>Bericht getuige</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Bevestigen</translation>
        </message>
        <message>
            <source>Confirm as witness</source>
            <translation>Als getuige bevestigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancel witness</source>
            <translation>Getuige annuleren</translation>
        </message>
        <message>
            <source>Witness &amp;user name</source>
            <translation>&amp;Gebruikersnaam getuige</translation>
        </message>
        <message>
            <source>Witness &amp;password</source>
            <translation>&amp;Wachtwoord getuige</translation>
        </message>
        <message>
            <source>The witness enters their user name and password.</source>
            <translation>De getuige voert zijn of haar gebruikersnaam en wachtwoord in.</translation>
        </message>
        <message>
            <source>{name} cannot confirm this: {who}</source>
            <translation>{name} kan dit niet bevestigen: {who}</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Queue</source>
            <translation>Wachtrij</translation>
        </message>
        <message>
            <source>The visit goes on where it was.</source>
            <translation>Het bezoek gaat verder waar het was.</translation>
        </message>
    </context>
</TS>
