<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>not configured</source>
            <translation>ikke sat op</translation>
        </message>
        <message>
            <source>The scale is not connected: check its cable and power. The station reconnects by itself when the scale is back; no weight is accepted until then.</source>
            <translation>Vægten er ikke tilsluttet: kontrollér kabel og strøm. Stationen genopretter selv forbindelsen, når vægten er tilbage; indtil da godkendes ingen vægt.</translation>
        </message>
        <message>
            <source>The scale's port is used by another program: close it, then try again.</source>
            <translation>Vægtens port bruges af et andet program: luk det, og prøv igen.</translation>
        </message>
        <message>
            <source>The scale does not answer: check that it is switched on, its cable, and its baud rate and protocol.</source>
            <translation>Vægten svarer ikke: kontrollér, at den er tændt, dens kabel samt dens baudrate og protokol.</translation>
        </message>
        <message>
            <source>The scale answers, but its weight did not settle in time: shield it from draughts and vibration, keep hands off the pan, then try again.</source>
            <translation>Vægten svarer, men vægten faldt ikke til ro i tide: skærm den mod træk og rystelser, hold hænderne væk fra vægtskålen, og prøv så igen.</translation>
        </message>
        <message>
            <source>Scale: {error}</source>
            <translation>Vægt: {error}</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing: no weighing is accepted until the technician checks it.</source>
            <translation>Vægtens kontrol med referencelod er forfalden, fejlet eller mangler: ingen vejning godtages, før teknikeren har kontrolleret den.</translation>
        </message>
        <message>
            <source>The scale failed its last reference-weight check: call the technician before weighing doses.</source>
            <translation>Vægten bestod ikke sin seneste kontrol med referencelod: tilkald teknikeren, før der vejes doser.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue or missing: ask the technician to check it with the reference weight.</source>
            <translation>Vægtens kontrol med referencelod er forfalden eller mangler: bed teknikeren kontrollere den med referenceloddet.</translation>
        </message>
        <message>
            <source>Paper is out: load a new roll of labels</source>
            <translation>Papiret er brugt op: isæt en ny rulle etiketter</translation>
        </message>
        <message>
            <source>The print head is open: close it until it clicks</source>
            <translation>Printhovedet er åbent: luk det, til det klikker</translation>
        </message>
        <message>
            <source>The printer is paused: press its pause button</source>
            <translation>Printeren er sat på pause: tryk på dens pauseknap</translation>
        </message>
        <message>
            <source>The ribbon is out: load a new ribbon</source>
            <translation>Farvebåndet er brugt op: isæt et nyt farvebånd</translation>
        </message>
        <message>
            <source>The printer is busy: wait a moment</source>
            <translation>Printeren er optaget: vent et øjeblik</translation>
        </message>
        <message>
            <source>The print head is too cold: wait for it to warm up</source>
            <translation>Printhovedet er for koldt: vent, til det er varmet op</translation>
        </message>
        <message>
            <source>The print head is too hot: let it cool down</source>
            <translation>Printhovedet er for varmt: lad det køle af</translation>
        </message>
        <message>
            <source>the label may be incomplete: print it again</source>
            <translation>etiketten kan være ufuldstændig: udskriv den igen</translation>
        </message>
        <message>
            <source>The printer does not answer. Check that it is switched on, that labels are loaded and that the print head is closed (the printer stays silent while paper is out or the head is open), then press Print again.</source>
            <translation>Printeren svarer ikke. Kontrollér, at den er tændt, at der er etiketter i, og at printhovedet er lukket (printeren svarer ikke, mens papiret er brugt op eller hovedet er åbent), og tryk så Udskriv igen.</translation>
        </message>
        <message>
            <source>The printer is not connected: check its cable and power, then print again.</source>
            <translation>Printeren er ikke tilsluttet: kontrollér kabel og strøm, og udskriv igen.</translation>
        </message>
        <message>
            <source>The printer's port is used by another program: close it, then print again.</source>
            <translation>Printerens port bruges af et andet program: luk det, og udskriv igen.</translation>
        </message>
        <message>
            <source>Printer: {error}</source>
            <translation>Printer: {error}</translation>
        </message>
        <message>
            <source>no scale configured</source>
            <translation>ingen vægt sat op</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>forbinder…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>klar</translation>
        </message>
        <message>
            <source>ready (reconnected)</source>
            <translation>klar (forbundet igen)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Ingen vægt er tilsluttet.</translation>
        </message>
        <message>
            <source>no printer configured</source>
            <translation>ingen printer sat op</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Ingen printer er tilsluttet.</translation>
        </message>
        <message>
            <source>printing…</source>
            <translation>udskriver…</translation>
        </message>
        <message>
            <source>keyboard scanner only</source>
            <translation>kun tastaturscanner</translation>
        </message>
        <message>
            <source>The scanner is not connected: check its cable (keyboard input still works).</source>
            <translation>Scanneren er ikke tilsluttet: kontrollér kablet (tastaturindtastning virker stadig).</translation>
        </message>
        <message>
            <source>Scanner: {error}</source>
            <translation>Scanner: {error}</translation>
        </message>
        <message>
            <source>Dose allowed</source>
            <translation>Dosis tilladt</translation>
        </message>
        <message>
            <source>Allowed with a warning: read it and acknowledge</source>
            <translation>Tilladt med en advarsel: læs den og bekræft</translation>
        </message>
        <message>
            <source>A second staff member must approve, with a reason</source>
            <translation>En anden medarbejder skal godkende, med en begrundelse</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Ingen dosis nu</translation>
        </message>
        <message>
            <source>Only a clinic lead can lift this (outside the visit).</source>
            <translation>Kun en klinikleder kan ophæve dette (uden for besøget).</translation>
        </message>
        <message>
            <source>Nobody can override this at the counter.</source>
            <translation>Ingen kan tilsidesætte dette ved skranken.</translation>
        </message>
        <message>
            <source>A clinic lead must approve.</source>
            <translation>En klinikleder skal godkende.</translation>
        </message>
        <message>
            <source>A second nurse or a clinic lead can approve.</source>
            <translation>En anden sygeplejerske eller en klinikleder kan godkende.</translation>
        </message>
        <message>
            <source>choose the sedation score…</source>
            <translation>vælg sederingsscoren…</translation>
        </message>
        <message>
            <source>called</source>
            <translation>ringet op</translation>
        </message>
        <message>
            <source>visited</source>
            <translation>besøgt</translation>
        </message>
        <message>
            <source>message left</source>
            <translation>besked lagt</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>afklaret</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source>As many missed days as the rules warn at: the next dose needs a comment.</source>
            <translation>Lige så mange manglende dage, som reglerne advarer ved: næste dosis kræver en kommentar.</translation>
        </message>
        <message>
            <source>at the window</source>
            <translation>ved lugen</translation>
        </message>
        <message>
            <source>not due until {time}</source>
            <translation>ikke for tur før {time}</translation>
        </message>
        <message>
            <source>called at {time}</source>
            <translation>kaldt kl. {time}</translation>
        </message>
        <message>
            <source>due</source>
            <translation>for tur</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Sign in to check and discharge.</source>
            <translation>Log ind for at kontrollere og afslutte.</translation>
        </message>
        <message>
            <source>The observation board could not be read.</source>
            <translation>Observationstavlen kunne ikke læses.</translation>
        </message>
        <message>
            <source>Not discharged after the time was up: %1. Check these patients now.</source>
            <translation>Ikke afsluttet, efter tiden var gået: %1. Kontrollér disse patienter nu.</translation>
        </message>
        <message>
            <source>Observation time is up: %1.</source>
            <translation>Observationstiden er gået: %1.</translation>
        </message>
        <message>
            <source>No one is under observation.</source>
            <translation>Ingen er under observation.</translation>
        </message>
        <message numerus="yes">
            <source>Observation board (%n patient(s))</source>
            <translation>
                <numerusform>Observationstavle (%n patient)</numerusform>
                <numerusform>Observationstavle (%n patienter)</numerusform>
            </translation>
        </message>
        <message>
            <source>Observation board</source>
            <translation>Observationstavle</translation>
        </message>
        <message>
            <source>Patients under observation</source>
            <translation>Patienter under observation</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Låst.</translation>
        </message>
    </context>
    <context>
        <name>AbsentDialog</name>
        <message>
            <source>Absent patients</source>
            <translation>Fraværende patienter</translation>
        </message>
        <message>
            <source>Away for at least this many days</source>
            <translation>Væk i mindst så mange dage</translation>
        </message>
        <message>
            <source>Contact log of the chosen patient</source>
            <translation>Kontaktlog for den valgte patient</translation>
        </message>
        <message>
            <source>How the patient was contacted</source>
            <translation>Hvordan patienten blev kontaktet</translation>
        </message>
        <message>
            <source>Contact note</source>
            <translation>Kontaktnotat</translation>
        </message>
        <message>
            <source>e.g. no answer, voicemail</source>
            <translation>f.eks. intet svar, telefonsvarer</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>&amp;Registrér kontakt</translation>
        </message>
        <message>
            <source>Log the contact</source>
            <translation>Registrér kontakten</translation>
        </message>
        <message>
            <source>Absent patients message</source>
            <translation>Besked om fraværende patienter</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>L&amp;uk</translation>
        </message>
        <message>
            <source>Close the absent patients</source>
            <translation>Luk fraværende patienter</translation>
        </message>
        <message>
            <source>Away for at least (&amp;days)</source>
            <translation>Væk i mindst (&amp;dage)</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Kontaktlog</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;Hvordan</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notat</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Vælg først patienten på listen.</translation>
        </message>
        <message>
            <source>Contact logged.</source>
            <translation>Kontakten er registreret.</translation>
        </message>
    </context>
    <context>
        <name>AbsentModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Seneste dosis</translation>
        </message>
        <message>
            <source>Days away</source>
            <translation>Dage væk</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Manglende dage</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Seneste kontakt</translation>
        </message>
    </context>
    <context>
        <name>AdministerStep</name>
        <message>
            <source>Administer</source>
            <translation>Indgift</translation>
        </message>
        <message>
            <source>Administer step</source>
            <translation>Trin: indgift</translation>
        </message>
        <message>
            <source>Prepared dose</source>
            <translation>Klargjort dosis</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Indgiftsvej</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Bås</translation>
        </message>
        <message>
            <source>Booth {n}</source>
            <translation>Bås {n}</translation>
        </message>
        <message>
            <source>&amp;Full: all of it was injected</source>
            <translation>&amp;Fuld: alt blev injiceret</translation>
        </message>
        <message>
            <source>&amp;Partial: some was injected</source>
            <translation>&amp;Delvis: noget blev injiceret</translation>
        </message>
        <message>
            <source>Fai&amp;led: nothing or little went in</source>
            <translation>Mis&amp;lykket: intet eller lidt gik ind</translation>
        </message>
        <message>
            <source>Outcome full</source>
            <translation>Resultat: fuld</translation>
        </message>
        <message>
            <source>Outcome partial</source>
            <translation>Resultat: delvis</translation>
        </message>
        <message>
            <source>Outcome failed</source>
            <translation>Resultat: mislykket</translation>
        </message>
        <message>
            <source>Milligrams actually injected</source>
            <translation>Faktisk injicerede milligram</translation>
        </message>
        <message>
            <source>mg injected</source>
            <translation>mg injiceret</translation>
        </message>
        <message>
            <source>Remainder to waste</source>
            <translation>Rest til kassation</translation>
        </message>
        <message>
            <source>Venous access failed (longer observation)</source>
            <translation>Veneadgang mislykkedes (længere observation)</translation>
        </message>
        <message>
            <source>Venous access failed</source>
            <translation>Veneadgang mislykkedes</translation>
        </message>
        <message>
            <source>&amp;Record administration</source>
            <translation>&amp;Registrér indgift</translation>
        </message>
        <message>
            <source>Record administration</source>
            <translation>Registrér indgift</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;Afslut besøg</translation>
        </message>
        <message>
            <source>End visit without a dose</source>
            <translation>Afslut besøget uden dosis</translation>
        </message>
        <message>
            <source>Administration message</source>
            <translation>Besked om indgift</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>&amp;Booth</source>
            <translation>&amp;Bås</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>&amp;Injected (mg)</source>
            <translation>&amp;Injiceret (mg)</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Kassation</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>enter the mg injected, 0 if nothing (at most {prepared})</source>
            <translation>indtast de injicerede mg, 0 hvis intet (højst {prepared})</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <source>Adverse event: %1</source>
            <translation>Utilsigtet hændelse: %1</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>&amp;Hvad skete der</translation>
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
            <translation>&amp;Tidspunkt</translation>
        </message>
        <message>
            <source>Choose what happened…</source>
            <translation>Vælg hvad der skete…</translation>
        </message>
        <message>
            <source>Choose: was naloxone given?</source>
            <translation>Vælg: blev der givet naloxon?</translation>
        </message>
        <message>
            <source>No naloxone given</source>
            <translation>Ingen naloxon givet</translation>
        </message>
        <message>
            <source>Naloxone given (enter the dose)</source>
            <translation>Naloxon givet (indtast dosis)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Hvad skete der</translation>
        </message>
        <message>
            <source>Naloxone given or not</source>
            <translation>Naloxon givet eller ej</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Hvad mangler</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>Vælg hvad der skete.</translation>
        </message>
        <message>
            <source>Say whether naloxone was given.</source>
            <translation>Angiv om der blev givet naloxon.</translation>
        </message>
        <message>
            <source>Enter the naloxone dose in mg, or choose 'No naloxone given'.</source>
            <translation>Indtast naloxondosis i mg, eller vælg 'Ingen naloxon givet'.</translation>
        </message>
        <message>
            <source>Naloxone dose in milligrams</source>
            <translation>Naloxondosis i milligram</translation>
        </message>
        <message>
            <source>e.g. 0.4</source>
            <translation>f.eks. 0,4</translation>
        </message>
        <message>
            <source>Time of the event</source>
            <translation>Tidspunkt for hændelsen</translation>
        </message>
    </context>
    <context>
        <name>AssessStep</name>
        <message>
            <source>Sedation score</source>
            <translation>Sedationsscore</translation>
        </message>
        <message>
            <source>Breath alcohol in per mille (optional)</source>
            <translation>Udåndingsalkohol i promille (valgfrit)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>ikke målt</translation>
        </message>
        <message>
            <source>Assessment notes</source>
            <translation>Notater til vurderingen</translation>
        </message>
        <message>
            <source>notes (optional)</source>
            <translation>notater (valgfrit)</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dosis i mg</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Lægemiddel</translation>
        </message>
        <message>
            <source>Record assessment and &amp;check rules</source>
            <translation>Registrér vurdering og &amp;tjek regler</translation>
        </message>
        <message>
            <source>Record assessment and check rules</source>
            <translation>Registrér vurdering og tjek regler</translation>
        </message>
        <message>
            <source>&amp;Sedation</source>
            <translation>&amp;Sedation</translation>
        </message>
        <message>
            <source>Breath &amp;alcohol (‰)</source>
            <translation>Udåndings&amp;alkohol (‰)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notater</translation>
        </message>
        <message>
            <source>&amp;Dose (mg)</source>
            <translation>&amp;Dosis (mg)</translation>
        </message>
        <message>
            <source>The rules' decision</source>
            <translation>Reglernes afgørelse</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Afgørelse</translation>
        </message>
        <message>
            <source>Reasons for the decision</source>
            <translation>Begrundelser for afgørelsen</translation>
        </message>
        <message>
            <source>Use the dose the rules allow</source>
            <translation>Brug den dosis, reglerne tillader</translation>
        </message>
        <message>
            <source>I have read the warnings</source>
            <translation>Jeg har læst advarslerne</translation>
        </message>
        <message>
            <source>Comment on the warning</source>
            <translation>Kommentar til advarslen</translation>
        </message>
        <message>
            <source>comment (required)</source>
            <translation>kommentar (skal udfyldes)</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Begrundelse for tilsidesættelsen</translation>
        </message>
        <message>
            <source>why the dose should be given</source>
            <translation>hvorfor dosis skal gives</translation>
        </message>
        <message>
            <source>Get a second person's approval</source>
            <translation>Hent en anden persons godkendelse</translation>
        </message>
        <message>
            <source>Get a second person's appro&amp;val…</source>
            <translation>Hent en anden persons &amp;godkendelse…</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Godkendelse</translation>
        </message>
        <message>
            <source>Assessment message</source>
            <translation>Besked om vurderingen</translation>
        </message>
        <message>
            <source>Continue to &amp;prepare</source>
            <translation>Fortsæt til &amp;klargøring</translation>
        </message>
        <message>
            <source>Continue to prepare</source>
            <translation>Fortsæt til klargøring</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;Afslut besøg</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Afslut besøg</translation>
        </message>
        <message>
            <source>Assess the patient</source>
            <translation>Vurdér patienten</translation>
        </message>
        <message>
            <source>Assessment step</source>
            <translation>Trin: vurdering</translation>
        </message>
        <message>
            <source>Choose the sedation score first.</source>
            <translation>Vælg sederingsscoren først.</translation>
        </message>
        <message>
            <source>Breath alcohol must be a number (e.g. 0.2).</source>
            <translation>Udåndingsalkohol skal være et tal (f.eks. 0,2).</translation>
        </message>
        <message>
            <source>Use {dose} (the most allowed now)</source>
            <translation>Brug {dose} (det højst tilladte nu)</translation>
        </message>
        <message>
            <source>Write the reason for the override first.</source>
            <translation>Skriv først begrundelsen for tilsidesættelsen.</translation>
        </message>
        <message>
            <source>Approve this dose despite: {concerns}</source>
            <translation>Godkend denne dosis trods: {concerns}</translation>
        </message>
        <message>
            <source>Approved by {name}: {reason}</source>
            <translation>Godkendt af {name}: {reason}</translation>
        </message>
        <message>
            <source>Warnings read and acknowledged.</source>
            <translation>Advarsler læst og bekræftet.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take the patient's photo</source>
            <translation>Tag patientens foto</translation>
        </message>
        <message>
            <source>Camera message</source>
            <translation>Besked om kameraet</translation>
        </message>
        <message>
            <source>Camera picture</source>
            <translation>Kamerabillede</translation>
        </message>
        <message>
            <source>&amp;Take photo</source>
            <translation>&amp;Tag foto</translation>
        </message>
        <message>
            <source>Take the photo now</source>
            <translation>Tag fotoet nu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Close without a photo</source>
            <translation>Luk uden foto</translation>
        </message>
        <message>
            <source>No camera is connected to this computer.</source>
            <translation>Der er ikke tilsluttet et kamera til denne computer.</translation>
        </message>
        <message>
            <source>The camera is not ready yet: try again.</source>
            <translation>Kameraet er ikke klar endnu: prøv igen.</translation>
        </message>
        <message>
            <source>The camera reported a problem: no photo was taken.</source>
            <translation>Kameraet meldte en fejl: der blev ikke taget et foto.</translation>
        </message>
    </context>
    <context>
        <name>CardIssueDialog</name>
        <message>
            <source>Issue a patient's card</source>
            <translation>Udsted et patientkort</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Find en patient efter klinik-id eller navn</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>klinik-id eller navn</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patienter på denne stations liste</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>Card message</source>
            <translation>Besked om kortet</translation>
        </message>
        <message>
            <source>&amp;Issue card…</source>
            <translation>Udsted &amp;kort…</translation>
        </message>
        <message>
            <source>Have the server issue the chosen patient's card</source>
            <translation>Lad serveren udstede kortet til den valgte patient</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>L&amp;uk</translation>
        </message>
        <message>
            <source>Close the card screen</source>
            <translation>Luk kortskærmen</translation>
        </message>
        <message>
            <source>Choose the patient first.</source>
            <translation>Vælg først patienten.</translation>
        </message>
        <message>
            <source>Asking the central server for the card…</source>
            <translation>Beder den centrale server om kortet…</translation>
        </message>
        <message>
            <source>Card {serial} for {clinic_id} written to {file}: print it, hand it to the patient and delete the file (it carries the patient's name). Their earlier cards stop working at each station once it syncs.</source>
            <translation>Kort {serial} til {clinic_id} er skrevet til {file}: udskriv det, giv det til patienten, og slet filen (den indeholder patientens navn). Patientens tidligere kort holder op med at virke på hver station, når den synkroniserer.</translation>
        </message>
    </context>
    <context>
        <name>ClinicRulesDialog</name>
        <message>
            <source>Clinic rules and station settings</source>
            <translation>Klinikkens regler og stationens indstillinger</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>Luk indstillingerne</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <source>&amp;Start a blind count</source>
            <translation>&amp;Start en blindoptælling</translation>
        </message>
        <message>
            <source>Start a count</source>
            <translation>Start en optælling</translation>
        </message>
        <message>
            <source>Count sheet</source>
            <translation>Optællingsark</translation>
        </message>
        <message>
            <source>Record the &amp;count</source>
            <translation>Registrér &amp;optællingen</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>Registrér optællingen</translation>
        </message>
        <message>
            <source>Count result</source>
            <translation>Optællingens resultat</translation>
        </message>
        <message>
            <source>Count message</source>
            <translation>Besked om optællingen</translation>
        </message>
        <message>
            <source>Open discrepancies</source>
            <translation>Åbne uoverensstemmelser</translation>
        </message>
        <message>
            <source>Reason for the discrepancy</source>
            <translation>Årsag til uoverensstemmelsen</translation>
        </message>
        <message>
            <source>Sign &amp;off</source>
            <translation>&amp;Kvittér</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as the signed-in person</source>
            <translation>Kvittér for uoverensstemmelsen som den indloggede person</translation>
        </message>
        <message>
            <source>Sign off as a second &amp;person…</source>
            <translation>Kvittér som anden &amp;person…</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as another person</source>
            <translation>Kvittér for uoverensstemmelsen som en anden person</translation>
        </message>
        <message>
            <source>Discrepancies waiting for a sign-off</source>
            <translation>Uoverensstemmelser, der venter på kvittering</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Årsag</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Optalt</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhed</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>opløsning</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>lager</translation>
        </message>
        <message>
            <source>g net (weighed)</source>
            <translation>g netto (vejet)</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Count what is there and type it in; the book values show afterwards.</source>
            <translation>Tæl det, der er, og indtast det; bogførte værdier vises bagefter.</translation>
        </message>
        <message>
            <source>Nothing holds drug on the books: there is nothing to count.</source>
            <translation>Intet indeholder lægemiddel ifølge bøgerne: der er intet at tælle.</translation>
        </message>
        <message>
            <source>Type a count for {batch}.</source>
            <translation>Indtast en optælling for {batch}.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Forskel</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>discrepancy</source>
            <translation>uoverensstemmelse</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>stemmer</translation>
        </message>
        <message>
            <source>The count matches the book.</source>
            <translation>Optællingen stemmer med bogføringen.</translation>
        </message>
        <message>
            <source>Count recorded: no discrepancy.</source>
            <translation>Optælling registreret: ingen uoverensstemmelse.</translation>
        </message>
        <message numerus="yes">
            <source>%n container(s) differ from the book.</source>
            <translation>
                <numerusform>%n beholder afviger fra bogføringen.</numerusform>
                <numerusform>%n beholdere afviger fra bogføringen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count recorded with a discrepancy: give the reason and sign it off.</source>
            <translation>Optælling registreret med en uoverensstemmelse: angiv årsagen, og kvittér for den.</translation>
        </message>
        <message>
            <source>Count {id}</source>
            <translation>Optælling {id}</translation>
        </message>
        <message>
            <source>Choose a discrepancy to sign off.</source>
            <translation>Vælg en uoverensstemmelse at kvittere for.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Angiv årsagen til uoverensstemmelsen.</translation>
        </message>
        <message>
            <source>Discrepancy signed off; the book follows the count.</source>
            <translation>Der er kvitteret for uoverensstemmelsen; bogføringen følger optællingen.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Afvist: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CounterScreen</name>
        <message>
            <source>Observation board</source>
            <translation>Observationstavle</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Uventet fejl</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. What was already saved is kept; the step you were doing was not saved unless it shows as done. Please tell the technician.</source>
            <translation>Der gik noget galt i programmet. Det, der allerede var gemt, er bevaret; det trin, du var i gang med, er ikke gemt, medmindre det vises som udført. Giv venligst teknikeren besked.</translation>
        </message>
        <message>
            <source>This step failed because of an error in the program; it was not saved. Try again, or tell the technician.</source>
            <translation>Dette trin mislykkedes på grund af en fejl i programmet; det blev ikke gemt. Prøv igen, eller giv teknikeren besked.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>The bundle holds versions, settings, calibrations, event counts, logs and the device traffic of the raw monitors (scans and label fields only as their length and a hash). Names, clinic ids and birth dates are removed from every file.</source>
            <translation>Pakken indeholder versioner, indstillinger, kalibreringer, antal hændelser, logge og enhedstrafikken fra de rå monitorer (scanninger og etiketfelter kun som deres længde og en hash). Navne, klinik-id'er og fødselsdatoer fjernes fra alle filer.</translation>
        </message>
        <message>
            <source>What the bundle holds</source>
            <translation>Hvad pakken indeholder</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics bundle…</source>
            <translation>Gem &amp;diagnosepakke…</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle</source>
            <translation>Gem diagnosepakken</translation>
        </message>
        <message>
            <source>Diagnostics message</source>
            <translation>Besked om diagnosen</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip-filer (*.zip)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Skriver {file}…</translation>
        </message>
        <message>
            <source>Diagnostics bundle saved: {file}</source>
            <translation>Diagnosepakke gemt: {file}</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <source>Discharge: %1</source>
            <translation>Afslut observation: %1</translation>
        </message>
        <message>
            <source>The observation time is not over yet (%1 left). A discharge now needs a reason.</source>
            <translation>Observationstiden er ikke slut endnu (%1 tilbage). En udskrivning nu kræver en begrundelse.</translation>
        </message>
        <message>
            <source>The observation time is over. Discharge the patient?</source>
            <translation>Observationstiden er slut. Afslut observationen af patienten?</translation>
        </message>
        <message>
            <source>&amp;Why does the patient leave early?</source>
            <translation>&amp;Hvorfor går patienten tidligt?</translation>
        </message>
        <message>
            <source>Reason for leaving early</source>
            <translation>Begrundelse for at gå tidligt</translation>
        </message>
        <message>
            <source>e.g. leaves against advice, signed out</source>
            <translation>f.eks. går mod råd, har skrevet under</translation>
        </message>
        <message>
            <source>A second person (nurse or clinic lead) confirms this next.</source>
            <translation>En anden person (sygeplejerske eller klinikleder) bekræfter derefter.</translation>
        </message>
        <message>
            <source>Discharge &amp;note</source>
            <translation>&amp;Notat ved afslutning</translation>
        </message>
        <message>
            <source>Discharge note</source>
            <translation>Notat ved afslutning</translation>
        </message>
        <message>
            <source>e.g. alert, walking steadily</source>
            <translation>f.eks. vågen, går stabilt</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Hvad mangler</translation>
        </message>
        <message>
            <source>&amp;Discharge</source>
            <translation>&amp;Afslut observation</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Afslut observation</translation>
        </message>
        <message>
            <source>Say why the patient leaves before the time is up.</source>
            <translation>Angiv hvorfor patienten går før tiden er gået.</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <source>Dose recorded</source>
            <translation>Dosis registreret</translation>
        </message>
        <message>
            <source>Observation summary</source>
            <translation>Oversigt over observationen</translation>
        </message>
        <message>
            <source>&amp;Next patient</source>
            <translation>&amp;Næste patient</translation>
        </message>
        <message>
            <source>Next patient</source>
            <translation>Næste patient</translation>
        </message>
    </context>
    <context>
        <name>DoseActions</name>
        <message>
            <source>Recent doses</source>
            <translation>Seneste doser</translation>
        </message>
        <message>
            <source>Recent doses of the chosen patient</source>
            <translation>Seneste doser for den valgte patient</translation>
        </message>
        <message>
            <source>No dose on record.</source>
            <translation>Ingen dosis registreret.</translation>
        </message>
        <message>
            <source>No dose on record</source>
            <translation>Ingen dosis registreret</translation>
        </message>
        <message>
            <source>Reason for voiding the dose or correcting its time</source>
            <translation>Begrundelse for at annullere dosen eller rette dens tid</translation>
        </message>
        <message>
            <source>e.g. recorded for the wrong patient</source>
            <translation>f.eks. registreret på den forkerte patient</translation>
        </message>
        <message>
            <source>&amp;Void the chosen dose…</source>
            <translation>&amp;Annullér den valgte dosis…</translation>
        </message>
        <message>
            <source>Void the chosen dose record</source>
            <translation>Annullér den valgte dosisregistrering</translation>
        </message>
        <message>
            <source>Corrected time of the chosen dose, in the clinic's time zone</source>
            <translation>Rettet tidspunkt for den valgte dosis, i klinikkens tidszone</translation>
        </message>
        <message>
            <source>&amp;Correct the time</source>
            <translation>&amp;Ret tidspunktet</translation>
        </message>
        <message>
            <source>Correct the chosen dose's time</source>
            <translation>Ret den valgte dosis' tidspunkt</translation>
        </message>
        <message>
            <source>Recent &amp;doses</source>
            <translation>Seneste &amp;doser</translation>
        </message>
        <message>
            <source>Re&amp;ason</source>
            <translation>&amp;Begrundelse</translation>
        </message>
        <message>
            <source>Corrected ti&amp;me (clinic time)</source>
            <translation>Rettet &amp;tidspunkt (kliniktid)</translation>
        </message>
        <message>
            <source>{time}  {drug} {mg} ({outcome}), station {station}</source>
            <translation>{time}  {drug} {mg} ({outcome}), station {station}</translation>
        </message>
        <message>
            <source> — VOIDED</source>
            <translation> — ANNULLERET</translation>
        </message>
        <message>
            <source>Choose a patient and one of their doses first.</source>
            <translation>Vælg først en patient og en af patientens doser.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Angiv hvorfor dosisregistreringen annulleres.</translation>
        </message>
        <message>
            <source>Confirm that this dose record was entered in error and is voided.</source>
            <translation>Bekræft at denne dosisregistrering er indtastet ved en fejl og annulleres.</translation>
        </message>
        <message>
            <source>The dose record is voided; it no longer counts.</source>
            <translation>Dosisregistreringen er annulleret; den tæller ikke længere.</translation>
        </message>
        <message>
            <source>The dose's time is corrected to {time}.</source>
            <translation>Dosens tidspunkt er rettet til {time}.</translation>
        </message>
    </context>
    <context>
        <name>DoseWords</name>
        <message>
            <source>full</source>
            <translation>fuld</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>delvis</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislykket</translation>
        </message>
    </context>
    <context>
        <name>EndVisitDialog</name>
        <message>
            <source>The patient left</source>
            <translation>Patienten gik</translation>
        </message>
        <message>
            <source>The patient declined the dose</source>
            <translation>Patienten afslog dosen</translation>
        </message>
        <message>
            <source>Not fit for a dose now (intoxicated, unwell)</source>
            <translation>Ikke i stand til at få en dosis nu (påvirket, utilpas)</translation>
        </message>
        <message>
            <source>The rules allow no dose now</source>
            <translation>Reglerne tillader ingen dosis nu</translation>
        </message>
        <message>
            <source>A problem with the syringe or the solution</source>
            <translation>Et problem med sprøjten eller opløsningen</translation>
        </message>
        <message>
            <source>Another reason (say which)</source>
            <translation>En anden grund (angiv hvilken)</translation>
        </message>
        <message>
            <source>End the visit without a dose</source>
            <translation>Afslut besøget uden dosis</translation>
        </message>
        <message>
            <source>The patient was assessed. Why is the dose not given?</source>
            <translation>Patienten er vurderet. Hvorfor gives dosen ikke?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Spørgsmål</translation>
        </message>
        <message>
            <source>Why the dose is not given</source>
            <translation>Hvorfor dosen ikke gives</translation>
        </message>
        <message>
            <source>choose why…</source>
            <translation>vælg hvorfor…</translation>
        </message>
        <message>
            <source>More about why</source>
            <translation>Mere om hvorfor</translation>
        </message>
        <message>
            <source>words (required for another)</source>
            <translation>ord (påkrævet ved en anden grund)</translation>
        </message>
        <message>
            <source>E&amp;nd the visit</source>
            <translation>&amp;Afslut besøget</translation>
        </message>
        <message>
            <source>End the visit</source>
            <translation>Afslut besøget</translation>
        </message>
        <message>
            <source>&amp;Keep the visit</source>
            <translation>&amp;Behold besøget</translation>
        </message>
        <message>
            <source>Keep the visit</source>
            <translation>Behold besøget</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Hvorfor</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Mere</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentPage</name>
        <message>
            <source>Enrollment state</source>
            <translation>Tilmeldingsstatus</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <source>One-time enrollment code</source>
            <translation>Engangskode til tilmelding</translation>
        </message>
        <message>
            <source>Clinic CA file (PEM)</source>
            <translation>Klinikkens CA-fil (PEM)</translation>
        </message>
        <message>
            <source>Optional: /path/to/clinic-ca.pem</source>
            <translation>Valgfri: /sti/til/klinik-ca.pem</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Vælg…</translation>
        </message>
        <message>
            <source>Choose the clinic CA file</source>
            <translation>Vælg klinikkens CA-fil</translation>
        </message>
        <message>
            <source>Only needed when the server's certificate is signed by the clinic's own certificate authority.</source>
            <translation>Kun nødvendig, når serverens certifikat er underskrevet af klinikkens egen certifikatudsteder (CA).</translation>
        </message>
        <message>
            <source>About the clinic CA file</source>
            <translation>Om klinikkens CA-fil</translation>
        </message>
        <message>
            <source>&amp;Enroll this station</source>
            <translation>&amp;Tilmeld denne station</translation>
        </message>
        <message>
            <source>Enroll this station</source>
            <translation>Tilmeld denne station</translation>
        </message>
        <message>
            <source>Check and &amp;use this CA file</source>
            <translation>Kontrollér og &amp;brug denne CA-fil</translation>
        </message>
        <message>
            <source>Check the server's certificate with this CA file, then use it</source>
            <translation>Kontrollér serverens certifikat med denne CA-fil, og brug den derefter</translation>
        </message>
        <message>
            <source>Use the s&amp;ystem's CAs</source>
            <translation>Brug s&amp;ystemets CA'er</translation>
        </message>
        <message>
            <source>Check the server's certificate with the system's CAs again</source>
            <translation>Kontrollér igen serverens certifikat med systemets CA'er</translation>
        </message>
        <message>
            <source>Enrollment message</source>
            <translation>Besked om tilmeldingen</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>Server&amp;adresse</translation>
        </message>
        <message>
            <source>One-time &amp;code</source>
            <translation>Engangs&amp;kode</translation>
        </message>
        <message>
            <source>Clinic CA &amp;file (PEM)</source>
            <translation>Klinikkens CA-&amp;fil (PEM)</translation>
        </message>
        <message>
            <source>Clinic CA file</source>
            <translation>Klinikkens CA-fil</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
        </message>
        <message>
            <source>To change it, give the clinic's new CA file and press "Check and use this CA file": the server's certificate is checked with it first.</source>
            <translation>Giv klinikkens nye CA-fil og tryk på "Kontrollér og brug denne CA-fil" for at skifte den: serverens certifikat kontrolleres først med den.</translation>
        </message>
        <message>
            <source>Not enrolled: the station works offline.</source>
            <translation>Ikke tilmeldt: stationen arbejder offline.</translation>
        </message>
        <message>
            <source>The server is http://: it has no certificate to check.</source>
            <translation>Serveren er http://: den har intet certifikat at kontrollere.</translation>
        </message>
        <message>
            <source>Enrolled with {url} (clinic {clinic}); server key {key} pinned.</source>
            <translation>Tilmeldt {url} (klinik {clinic}); servernøgle {key} fastlagt.</translation>
        </message>
        <message>
            <source>Server certificate checked with {path}.</source>
            <translation>Serverens certifikat kontrolleres med {path}.</translation>
        </message>
        <message>
            <source>Give the server's address (http:// or https://) and the one-time code.</source>
            <translation>Angiv serverens adresse (http:// eller https://) og engangskoden.</translation>
        </message>
        <message>
            <source>The clinic CA file checks an https:// server: give an https:// address or leave the CA file empty.</source>
            <translation>Klinikkens CA-fil kontrollerer en https://-server: angiv en https://-adresse, eller lad CA-filen stå tom.</translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Tilmelder…</translation>
        </message>
        <message>
            <source>Give the clinic's CA file (PEM) to check the server's certificate with.</source>
            <translation>Angiv klinikkens CA-fil (PEM), som serverens certifikat skal kontrolleres med.</translation>
        </message>
        <message>
            <source>Checking the server's certificate…</source>
            <translation>Kontrollerer serverens certifikat…</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with {path}.</source>
            <translation>Serverens certifikat kontrolleres nu med {path}.</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with the system's CAs.</source>
            <translation>Serverens certifikat kontrolleres nu med systemets CA'er.</translation>
        </message>
        <message>
            <source>Station enrolled.</source>
            <translation>Stationen er tilmeldt.</translation>
        </message>
    </context>
    <context>
        <name>HandoverBox</name>
        <message>
            <source>checking the face</source>
            <translation>kontrol af ansigtet</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>vurdering</translation>
        </message>
        <message>
            <source>preparing the syringe</source>
            <translation>klargøring af sprøjten</translation>
        </message>
        <message>
            <source>labelling the syringe</source>
            <translation>mærkning af sprøjten</translation>
        </message>
        <message>
            <source>the syringe is ready to give</source>
            <translation>sprøjten er klar til at blive givet</translation>
        </message>
        <message>
            <source>Visit in progress</source>
            <translation>Besøg i gang</translation>
        </message>
        <message>
            <source>Visit in progress by another person</source>
            <translation>Besøg i gang hos en anden person</translation>
        </message>
        <message>
            <source>Whose visit is in progress</source>
            <translation>Hvis besøg er i gang</translation>
        </message>
        <message>
            <source>&amp;Take over this visit</source>
            <translation>&amp;Overtag dette besøg</translation>
        </message>
        <message>
            <source>Take over this visit (recorded)</source>
            <translation>Overtag dette besøg (registreres)</translation>
        </message>
        <message>
            <source>A visit is in progress by {name} since {time} ({step}).</source>
            <translation>{name} har et besøg i gang siden {time} ({step}).</translation>
        </message>
        <message numerus="yes">
            <source>%n more open visit(s).</source>
            <translation>
                <numerusform>%n åbent besøg mere.</numerusform>
                <numerusform>%n åbne besøg mere.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdentifyStep</name>
        <message>
            <source>Scan the patient's card (serial scanner or keyboard scanner).</source>
            <translation>Scan patientens kort (seriel scanner eller tastaturscanner).</translation>
        </message>
        <message>
            <source>Scan the card</source>
            <translation>Scan kortet</translation>
        </message>
        <message>
            <source>Identification message</source>
            <translation>Besked om identifikation</translation>
        </message>
        <message>
            <source>Without a card</source>
            <translation>Uden kort</translation>
        </message>
        <message>
            <source>Identify without a card</source>
            <translation>Identificér uden kort</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Efternavn</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>efternavn</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>&amp;Søg</translation>
        </message>
        <message>
            <source>Search patients</source>
            <translation>Søg efter patienter</translation>
        </message>
        <message>
            <source>Matching patients</source>
            <translation>Patienter, der passer</translation>
        </message>
        <message>
            <source>Reason for identifying without a card</source>
            <translation>Begrundelse for identifikation uden kort</translation>
        </message>
        <message>
            <source>e.g. card left at home</source>
            <translation>f.eks. kortet er glemt derhjemme</translation>
        </message>
        <message>
            <source>Identify with a &amp;witness…</source>
            <translation>Identificér med et &amp;vidne…</translation>
        </message>
        <message>
            <source>Identify with a witness</source>
            <translation>Identificér med et vidne</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Efternavn</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Fødselsdato</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Fundne</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Begrundelse</translation>
        </message>
        <message>
            <source>Check the face</source>
            <translation>Kontrollér ansigtet</translation>
        </message>
        <message>
            <source>Check the face against the photo</source>
            <translation>Sammenlign ansigtet med fotoet</translation>
        </message>
        <message>
            <source>Does the person in front of you match the photo and birth date?</source>
            <translation>Passer personen foran dig med fotoet og fødselsdatoen?</translation>
        </message>
        <message>
            <source>Face check question</source>
            <translation>Spørgsmål om ansigtskontrol</translation>
        </message>
        <message>
            <source>&amp;Yes, it is this patient</source>
            <translation>&amp;Ja, det er denne patient</translation>
        </message>
        <message>
            <source>Face matches: continue</source>
            <translation>Ansigtet passer: fortsæt</translation>
        </message>
        <message>
            <source>No, stop</source>
            <translation>Nej, stop</translation>
        </message>
        <message>
            <source>Face does not match: stop</source>
            <translation>Ansigtet passer ikke: stop</translation>
        </message>
        <message>
            <source>Checking the card…</source>
            <translation>Kontrollerer kortet…</translation>
        </message>
        <message>
            <source>Identity recorded. Check the face.</source>
            <translation>Identitet registreret. Kontrollér ansigtet.</translation>
        </message>
        <message>
            <source>Enter the family name and the birth date.</source>
            <translation>Angiv efternavn og fødselsdato.</translation>
        </message>
        <message>
            <source>No patient with this family name and birth date.</source>
            <translation>Ingen patient med dette efternavn og denne fødselsdato.</translation>
        </message>
        <message>
            <source>Search and choose the patient first.</source>
            <translation>Søg og vælg først patienten.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Angiv, hvorfor patienten identificeres uden kort.</translation>
        </message>
        <message>
            <source>Confirm that the person at the counter is the patient chosen (no card).</source>
            <translation>Bekræft, at personen ved skranken er den valgte patient (uden kort).</translation>
        </message>
    </context>
    <context>
        <name>IncidentsDialog</name>
        <message>
            <source>Suspected double dose</source>
            <translation>Mistanke om dobbeltdosis</translation>
        </message>
        <message>
            <source>Daily maximum exceeded across stations</source>
            <translation>Dagsmaksimum overskredet på tværs af stationer</translation>
        </message>
        <message>
            <source>Two histories under one station (fork)</source>
            <translation>To historikker under én station (forgrening)</translation>
        </message>
        <message>
            <source>Records whose signature does not match</source>
            <translation>Registreringer, hvis signatur ikke stemmer</translation>
        </message>
        <message>
            <source>Incidents to review</source>
            <translation>Hændelser til gennemgang</translation>
        </message>
        <message>
            <source>Asking the central server…</source>
            <translation>Spørger den centrale server…</translation>
        </message>
        <message>
            <source>Server state</source>
            <translation>Serverens status</translation>
        </message>
        <message>
            <source>Incidents raised by the central server</source>
            <translation>Hændelser rejst af den centrale server</translation>
        </message>
        <message>
            <source>No incident chosen.</source>
            <translation>Ingen hændelse valgt.</translation>
        </message>
        <message>
            <source>Chosen incident</source>
            <translation>Valgt hændelse</translation>
        </message>
        <message>
            <source>Doses involved in the chosen incident</source>
            <translation>Doser i den valgte hændelse</translation>
        </message>
        <message>
            <source>How the incident was resolved</source>
            <translation>Hvordan hændelsen blev afsluttet</translation>
        </message>
        <message>
            <source>Incidents message</source>
            <translation>Besked om hændelser</translation>
        </message>
        <message>
            <source>&amp;Fetch again</source>
            <translation>&amp;Hent igen</translation>
        </message>
        <message>
            <source>Fetch the incidents from the server again</source>
            <translation>Hent hændelserne fra serveren igen</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>L&amp;uk</translation>
        </message>
        <message>
            <source>Close the incidents</source>
            <translation>Luk hændelserne</translation>
        </message>
        <message>
            <source>Resolve the chosen incident</source>
            <translation>Afslut den valgte hændelse</translation>
        </message>
        <message>
            <source>What was found and done</source>
            <translation>Hvad der blev fundet og gjort</translation>
        </message>
        <message>
            <source>e.g. both doses confirmed, patient seen</source>
            <translation>f.eks. begge doser bekræftet, patienten set</translation>
        </message>
        <message>
            <source>Your password, to sign as reviewed</source>
            <translation>Din adgangskode, for at signere som gennemgået</translation>
        </message>
        <message>
            <source>&amp;Resolve (sign as reviewed)</source>
            <translation>Afslut (&amp;signér som gennemgået)</translation>
        </message>
        <message>
            <source>Resolve the chosen incident with your signature</source>
            <translation>Afslut den valgte hændelse med din signatur</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notat</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Adgangskode</translation>
        </message>
        <message>
            <source>&amp;Incidents</source>
            <translation>H&amp;ændelser</translation>
        </message>
        <message>
            <source>&amp;Doses involved</source>
            <translation>&amp;Doser i hændelsen</translation>
        </message>
        <message numerus="yes">
            <source>Fetched from the central server at {time}: %n open incident(s).</source>
            <translation>
                <numerusform>Hentet fra den centrale server kl. {time}: %n åben hændelse.</numerusform>
                <numerusform>Hentet fra den centrale server kl. {time}: %n åbne hændelser.</numerusform>
            </translation>
        </message>
        <message>
            <source>The central server cannot be asked now, and no list was fetched yet.</source>
            <translation>Den centrale server kan ikke spørges nu, og der er endnu ikke hentet nogen liste.</translation>
        </message>
        <message>
            <source>The central server cannot be asked now: this is the list fetched at {time}.</source>
            <translation>Den centrale server kan ikke spørges nu: dette er listen hentet kl. {time}.</translation>
        </message>
        <message>
            <source>a patient not on this station's roster</source>
            <translation>en patient, der ikke er på denne stations liste</translation>
        </message>
        <message>
            <source>no patient</source>
            <translation>ingen patient</translation>
        </message>
        <message>
            <source>resolved here, sent with the next sync</source>
            <translation>afsluttet her, sendes med næste synkronisering</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>afsluttet</translation>
        </message>
        <message>
            <source>open</source>
            <translation>åben</translation>
        </message>
        <message>
            <source>{kind} — {patient} — raised {time} — {status}</source>
            <translation>{kind} — {patient} — rejst {time} — {status}</translation>
        </message>
        <message>
            <source>{time}: {mg} mg {drug} at station {station}, given by {by}</source>
            <translation>{time}: {mg} mg {drug} på station {station}, givet af {by}</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(ukendt for serveren)</translation>
        </message>
        <message>
            <source>Resolved by {name} at {time}: {note}</source>
            <translation>Afsluttet af {name} kl. {time}: {note}</translation>
        </message>
        <message>
            <source>Resolved at this station; the server marks it when the station syncs.</source>
            <translation>Afsluttet på denne station; serveren markerer det, når stationen synkroniserer.</translation>
        </message>
        <message>
            <source>Open: review the doses and resolve it.</source>
            <translation>Åben: gennemgå doserne og afslut den.</translation>
        </message>
        <message>
            <source>Enter your password to sign.</source>
            <translation>Indtast din adgangskode for at signere.</translation>
        </message>
        <message>
            <source>Resolved and signed. The server marks it when this station syncs.</source>
            <translation>Afsluttet og signeret. Serveren markerer det, når denne station synkroniserer.</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Register a patient</source>
            <translation>Indskriv en patient</translation>
        </message>
        <message>
            <source>Registration message</source>
            <translation>Besked om indskrivningen</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Efternavn</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Fornavne</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Clinic number</source>
            <translation>Kliniknummer</translation>
        </message>
        <message>
            <source>e.g. HAT-0042</source>
            <translation>f.eks. HAT-0042</translation>
        </message>
        <message>
            <source>Home station</source>
            <translation>Hjemstation</translation>
        </message>
        <message>
            <source>I checked: this is a &amp;different person from the patient(s) on the roster</source>
            <translation>Jeg har kontrolleret: dette er en &amp;anden person end patienten/patienterne på listen</translation>
        </message>
        <message>
            <source>This is a different person</source>
            <translation>Dette er en anden person</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Efternavn</translation>
        </message>
        <message>
            <source>&amp;Given names</source>
            <translation>&amp;Fornavne</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>Fø&amp;dselsdato</translation>
        </message>
        <message>
            <source>&amp;Clinic number</source>
            <translation>&amp;Kliniknummer</translation>
        </message>
        <message>
            <source>&amp;Home station</source>
            <translation>&amp;Hjemstation</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Indskriv</translation>
        </message>
        <message>
            <source>Register the patient</source>
            <translation>Indskriv patienten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Close without registering</source>
            <translation>Luk uden at indskrive</translation>
        </message>
        <message>
            <source>Photo for identification</source>
            <translation>Foto til identifikation</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>Intet foto endnu</translation>
        </message>
        <message>
            <source>Photo preview</source>
            <translation>Forhåndsvisning af foto</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>I&amp;mportér fra fil…</translation>
        </message>
        <message>
            <source>Import the photo from a file</source>
            <translation>Importér fotoet fra en fil</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>&amp;Tag foto…</translation>
        </message>
        <message>
            <source>Take the photo</source>
            <translation>Tag fotoet</translation>
        </message>
        <message>
            <source>No camera support installed: import the photo from a file.</source>
            <translation>Der er ikke installeret kamerastøtte: importér fotoet fra en fil.</translation>
        </message>
        <message>
            <source>Camera unavailable</source>
            <translation>Kamera utilgængeligt</translation>
        </message>
        <message>
            <source>Import the patient's photo</source>
            <translation>Importér patientens foto</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Billeder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>Læser fotoet…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Filen kunne ikke læses.</translation>
        </message>
        <message>
            <source>Photo preview: a photo is chosen</source>
            <translation>Forhåndsvisning af foto: et foto er valgt</translation>
        </message>
        <message>
            <source>Photo ready: it is kept with the registration.</source>
            <translation>Foto klar: det gemmes med indskrivningen.</translation>
        </message>
        <message>
            <source>Type the birth date as day.month.year, for example 14.07.1981.</source>
            <translation>Skriv fødselsdatoen som dag.måned.år, for eksempel 14.07.1981.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDialog</name>
        <message>
            <source>The station's record was changed</source>
            <translation>Stationens registrering er blevet ændret</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Hvad der blev fundet</translation>
        </message>
        <message>
            <source>Until the record is rebuilt, this station gives no dose, counts no stock and does not sync.</source>
            <translation>Indtil registreringen er genopbygget, giver denne station ingen doser, tæller ingen beholdning og synkroniserer ikke.</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Hvad det betyder</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain: what the chain can give back is derived again, and what was set back is listed and recorded.</source>
            <translation>Genopbyg registreringen fra den verificerede kæde: det, kæden kan give tilbage, udledes igen, og det, der blev sat tilbage, vises og registreres.</translation>
        </message>
        <message>
            <source>Call an administrator: only they can rebuild the record.</source>
            <translation>Tilkald en administrator: kun de kan genopbygge registreringen.</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Hvad du skal gøre</translation>
        </message>
        <message>
            <source>What the rebuild set back</source>
            <translation>Hvad genopbygningen satte tilbage</translation>
        </message>
        <message>
            <source>Rebuild message</source>
            <translation>Besked om genopbygning</translation>
        </message>
        <message>
            <source>&amp;Rebuild the record</source>
            <translation>&amp;Genopbyg registreringen</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain</source>
            <translation>Genopbyg registreringen fra den verificerede kæde</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Rebuilding the record from the verified chain…</source>
            <translation>Genopbygger registreringen fra den verificerede kæde…</translation>
        </message>
        <message>
            <source>Nothing to set back.</source>
            <translation>Intet at sætte tilbage.</translation>
        </message>
        <message>
            <source>The record is rebuilt and sealed again: the station works again.</source>
            <translation>Registreringen er genopbygget og forseglet igen: stationen virker igen.</translation>
        </message>
    </context>
    <context>
        <name>LabelStep</name>
        <message>
            <source>Print the syringe label</source>
            <translation>Udskriv sprøjteetiketten</translation>
        </message>
        <message>
            <source>Label step</source>
            <translation>Trin: etiket</translation>
        </message>
        <message>
            <source>Label preview</source>
            <translation>Forhåndsvisning af etiket</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Printerstatus</translation>
        </message>
        <message>
            <source>&amp;Print label</source>
            <translation>&amp;Udskriv etiket</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Udskriv etiketten</translation>
        </message>
        <message>
            <source>Printing message</source>
            <translation>Besked om udskrivning</translation>
        </message>
        <message>
            <source>Continue to &amp;administer</source>
            <translation>Fortsæt til &amp;indgift</translation>
        </message>
        <message>
            <source>Continue to administer</source>
            <translation>Fortsæt til indgift</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;Afslut besøg</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Afslut besøg</translation>
        </message>
        <message>
            <source>Why the syringe goes without a printed label</source>
            <translation>Hvorfor sprøjten gives uden trykt etiket</translation>
        </message>
        <message>
            <source>reason (printer out of order…)</source>
            <translation>begrundelse (printer ude af drift…)</translation>
        </message>
        <message>
            <source>&amp;Go on without a label…</source>
            <translation>&amp;Fortsæt uden etiket…</translation>
        </message>
        <message>
            <source>Go on without a printed label, with a second person</source>
            <translation>Fortsæt uden trykt etiket, med en anden person</translation>
        </message>
        <message>
            <source>Printer: {state} — {message}</source>
            <translation>Printer: {state} — {message}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Udskriver…</translation>
        </message>
        <message>
            <source>Label printed. Stick it on the syringe.</source>
            <translation>Etiketten er udskrevet. Sæt den på sprøjten.</translation>
        </message>
        <message>
            <source>Label printed again ({n} prints, recorded with the dose).</source>
            <translation>Etiketten er udskrevet igen ({n} udskrifter, registreret med dosis).</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>&amp;Udskriv igen</translation>
        </message>
        <message>
            <source>Not printed: {why}</source>
            <translation>Ikke udskrevet: {why}</translation>
        </message>
        <message>
            <source>Write why the syringe goes without a label first.</source>
            <translation>Skriv først hvorfor sprøjten gives uden etiket.</translation>
        </message>
        <message>
            <source>Approve giving this syringe without a printed label.</source>
            <translation>Godkend at denne sprøjte gives uden trykt etiket.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>no parity</source>
            <translation>ingen paritet</translation>
        </message>
        <message>
            <source>even parity</source>
            <translation>lige paritet</translation>
        </message>
        <message>
            <source>odd parity</source>
            <translation>ulige paritet</translation>
        </message>
        <message>
            <source>mark parity</source>
            <translation>mark-paritet</translation>
        </message>
        <message>
            <source>space parity</source>
            <translation>space-paritet</translation>
        </message>
        <message>
            <source>stop bits: {bits}</source>
            <translation>stopbit: {bits}</translation>
        </message>
        <message>
            <source>no handshake</source>
            <translation>intet handshake</translation>
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
            <translation>{device} baudrate</translation>
        </message>
        <message>
            <source>{device} data bits</source>
            <translation>{device} databit</translation>
        </message>
        <message>
            <source>{device} parity</source>
            <translation>{device} paritet</translation>
        </message>
        <message>
            <source>{device} stop bits</source>
            <translation>{device} stopbit</translation>
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
            <translation>{station}: log ind</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Log ind</translation>
        </message>
        <message>
            <source>Why the screen is locked</source>
            <translation>Hvorfor skærmen er låst</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>dit brugernavn</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>your password</source>
            <translation>din adgangskode</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Log ind</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Besked om login</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Brugernavn</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Adgangskode</translation>
        </message>
        <message>
            <source>Demo mode: fictional staff and patients.</source>
            <translation>Demotilstand: opdigtet personale og opdigtede patienter.</translation>
        </message>
        <message>
            <source>Demo users and their passwords</source>
            <translation>Demobrugere og deres adgangskoder</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Select all demo users</source>
            <translation>Vælg alle demobrugere</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Angiv dit brugernavn og din adgangskode.</translation>
        </message>
        <message>
            <source>Opening the station… you are signed in once it is open.</source>
            <translation>Stationen åbnes… du logges ind, så snart den er åben.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Kontrollerer…</translation>
        </message>
    </context>
    <context>
        <name>MessageParts</name>
        <message>
            <source>The dose</source>
            <translation>Dosen</translation>
        </message>
        <message>
            <source>The amount given</source>
            <translation>Den givne mængde</translation>
        </message>
        <message>
            <source>a patient's identity without a card</source>
            <translation>en patients identitet uden kort</translation>
        </message>
        <message>
            <source>a syringe without a printed label</source>
            <translation>en sprøjte uden trykt etiket</translation>
        </message>
        <message>
            <source>a dose override</source>
            <translation>en tilsidesættelse af reglerne for en dosis</translation>
        </message>
        <message>
            <source>voiding a dose record</source>
            <translation>annullering af en dosisregistrering</translation>
        </message>
        <message>
            <source>a discharge before the time</source>
            <translation>en udskrivning før tid</translation>
        </message>
        <message>
            <source>reconstitution</source>
            <translation>opløsning</translation>
        </message>
        <message>
            <source>destruction</source>
            <translation>destruktion</translation>
        </message>
        <message>
            <source>movement</source>
            <translation>lagerbevægelse</translation>
        </message>
        <message>
            <source>nurse</source>
            <translation>sygeplejerske</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>farmaceut</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>tekniker</translation>
        </message>
        <message>
            <source>clinic lead</source>
            <translation>klinikleder</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source>prescriber</source>
            <translation>ordinerende læge</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} eller {second}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The pharmacy workspace is for pharmacists only.</source>
            <translation>Apotekets arbejdsområde er kun for farmaceuter.</translation>
        </message>
        <message>
            <source>This needs the role {roles}; {username} lacks it.</source>
            <translation>Dette kræver rollen {roles}; {username} har den ikke.</translation>
        </message>
        <message>
            <source>The technician's workspace is for technicians only.</source>
            <translation>Teknikerens arbejdsområde er kun for teknikere.</translation>
        </message>
        <message>
            <source>An administrator cannot disable their own account.</source>
            <translation>En administrator kan ikke deaktivere sin egen konto.</translation>
        </message>
        <message>
            <source>A card issuer's key needs its key id.</source>
            <translation>En kortudsteders nøgle skal have sit nøgle-id.</translation>
        </message>
        <message>
            <source>This key id is the central server's: its key comes with the enrolment and cannot be replaced here.</source>
            <translation>Dette nøgle-id tilhører den centrale server: dens nøgle følger med tilmeldingen og kan ikke erstattes her.</translation>
        </message>
        <message>
            <source>Check the rules before giving a dose.</source>
            <translation>Tjek reglerne, før der gives en dosis.</translation>
        </message>
        <message>
            <source>Weigh the syringe and accept its weight before it is given.</source>
            <translation>Vej sprøjten, og godkend dens vægt, før den gives.</translation>
        </message>
        <message>
            <source>The syringe has no printed label: print it, or a second person approves going without one, with a reason.</source>
            <translation>Sprøjten har ingen trykt etiket: udskriv den, eller lad en anden person godkende, at sprøjten gives uden, med en begrundelse.</translation>
        </message>
        <message>
            <source>Solution batch {batch} expired at {expired_at}: it may not be used. Prepare the dose from a usable batch.</source>
            <translation>Opløsningsbatch {batch} udløb {expired_at}: den må ikke bruges. Klargør dosen fra en brugbar batch.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds only {held} mg in the register, less than this syringe's {prepared} mg: it would be overdrawn. Prepare the dose from another batch and tell the pharmacist (a count is due).</source>
            <translation>Opløsningsbatch {batch} indeholder kun {held} mg ifølge journalen, mindre end sprøjtens {prepared} mg: den ville blive overtrukket. Klargør dosen fra en anden batch, og giv farmaceuten besked (der skal foretages en optælling).</translation>
        </message>
        <message>
            <source>There is no such solution batch in this station's register.</source>
            <translation>Opløsningsbatchen findes ikke i denne stations journal.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds {substance}, not the {drug} the decision is for.</source>
            <translation>Opløsningsbatch {batch} indeholder {substance}, men afgørelsen gælder {drug}.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet: sync, or identify the patient without the card.</source>
            <translation>Kortet er ægte, men patienten er endnu ikke på denne stations liste: synkronisér, eller identificér patienten uden kort.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a scanned card was refused; detail: the card check's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The dose ({dose} mg) is above what may be given now ({allowed} mg). Check the rules again for a smaller dose.</source>
            <translation>Dosen ({dose} mg) er over det, der må gives nu ({allowed} mg). Tjek reglerne igen for en mindre dosis.</translation>
        </message>
        <message>
            <source>This dose is blocked: {reasons}</source>
            <translation>Denne dosis er blokeret: {reasons}</translation>
        </message>
        <message>
            <source>This visit's dose is recorded already.</source>
            <translation>Dette besøgs dosis er allerede registreret.</translation>
        </message>
        <message>
            <source>A dose of 0 mg cannot be recorded as given.</source>
            <translation>En dosis på 0 mg kan ikke registreres som givet.</translation>
        </message>
        <message>
            <source>Choose the drug and form from the list.</source>
            <translation>Vælg lægemiddel og form på listen.</translation>
        </message>
        <message>
            <source>A full injection gives what was prepared ({prepared} mg): record a partial injection for another amount.</source>
            <translation>En fuld injektion giver det, der blev klargjort ({prepared} mg): registrér en delvis injektion for en anden mængde.</translation>
        </message>
        <message>
            <source>Enter how many mg went in: a partial or failed injection needs the amount given (0 mg when nothing went in).</source>
            <translation>Indtast, hvor mange mg der gik ind: en delvis eller mislykket injektion kræver den givne mængde (0 mg, når intet gik ind).</translation>
        </message>
        <message>
            <source>More than was prepared cannot be given: at most {prepared} mg went in.</source>
            <translation>Der kan ikke gives mere, end der blev klargjort: højst {prepared} mg gik ind.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe before its label is printed.</source>
            <translation>Vej og godkend sprøjten, før dens etiket udskrives.</translation>
        </message>
        <message>
            <source>The server's hold on this patient's dose ran out before the dose was recorded: nothing was recorded; check the rules again.</source>
            <translation>Serverens reservation af denne patients dosis udløb, før dosen blev registreret: intet blev registreret; tjek reglerne igen.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Angiv, hvorfor patienten identificeres uden kort.</translation>
        </message>
        <message>
            <source>Say how the injection went: full, partial or failed.</source>
            <translation>Angiv, hvordan injektionen gik: fuld, delvis eller mislykket.</translation>
        </message>
        <message>
            <source>Only a clinic lead can approve this: {reason}</source>
            <translation>Kun en klinikleder kan godkende dette: {reason}</translation>
        </message>
        <message>
            <source>A second person must approve this dose, with a reason.</source>
            <translation>En anden person skal godkende denne dosis, med en begrundelse.</translation>
        </message>
        <message>
            <source>A partial injection gives more than 0 mg and less than the {prepared} mg prepared: record it as failed or full.</source>
            <translation>En delvis injektion giver mere end 0 mg og mindre end de {prepared} mg, der blev klargjort: registrér den som mislykket eller fuld.</translation>
        </message>
        <message>
            <source>This patient is not on this station's roster.</source>
            <translation>Denne patient er ikke på denne stations liste.</translation>
        </message>
        <message>
            <source>Choose how the patient was contacted.</source>
            <translation>Vælg, hvordan patienten blev kontaktet.</translation>
        </message>
        <message>
            <source>Choose between 1 and {most} days.</source>
            <translation>Vælg mellem 1 og {most} dage.</translation>
        </message>
        <message>
            <source>A contact note holds at most {most} characters.</source>
            <translation>Et kontaktnotat må højst have {most} tegn.</translation>
        </message>
        <message>
            <source>The card the server sent is not a genuine card of this clinic for this patient: nothing was printed. Tell the technician.</source>
            <translation>Kortet, serveren sendte, er ikke et ægte kort fra denne klinik til denne patient: intet blev udskrevet. Giv teknikeren besked.</translation>
        </message>
        <message>
            <source>The central server does not know this patient yet: let the station sync (the patient's record goes up with it), then issue the card again.</source>
            <translation>Den centrale server kender endnu ikke denne patient: lad stationen synkronisere (patientens registrering sendes med), og udsted så kortet igen.</translation>
        </message>
        <message>
            <source>This incident is resolved already.</source>
            <translation>Denne hændelse er allerede afsluttet.</translation>
        </message>
        <message>
            <source>This incident is not in the list fetched from the server: fetch it again.</source>
            <translation>Denne hændelse er ikke på listen hentet fra serveren: hent den igen.</translation>
        </message>
        <message>
            <source>A resolution needs a note saying what was found and done.</source>
            <translation>En afslutning kræver et notat om, hvad der blev fundet og gjort.</translation>
        </message>
        <message>
            <source>Only the clinic lead signed in may sign this resolution.</source>
            <translation>Kun den indloggede klinikleder må signere denne afslutning.</translation>
        </message>
        <message>
            <source>The central server is busy: try again in a minute.</source>
            <translation>Den centrale server er optaget: prøv igen om et minut.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician enrolls it first.</source>
            <translation>Denne station er ikke tilmeldt en server: en tekniker tilmelder den først.</translation>
        </message>
        <message>
            <source>The central server refused this: {detail}</source>
            <translation>Den centrale server afviste dette: {detail}</translation>
        </message>
        <message>
            <source>The central server cannot be reached ({detail}).</source>
            <translation>Den centrale server kan ikke nås ({detail}).</translation>
        </message>
        <message>
            <source>There is no such visit in progress at this station.</source>
            <translation>Der er intet sådant besøg i gang på denne station.</translation>
        </message>
        <message>
            <source>This decision needs no second person's approval.</source>
            <translation>Denne beslutning kræver ikke godkendelse fra en anden person.</translation>
        </message>
        <message>
            <source>The prepared dose ({prepared} mg) is above what may be given now ({allowed} mg, weighing tolerance included). Prepare again.</source>
            <translation>Den klargjorte dosis ({prepared} mg) er over det, der må gives nu ({allowed} mg, inklusive vejetolerancen). Klargør igen.</translation>
        </message>
        <message>
            <source>A redo needs its reason.</source>
            <translation>En gentagelse kræver en begrundelse.</translation>
        </message>
        <message>
            <source>Write what the review found.</source>
            <translation>Skriv, hvad gennemgangen viste.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing, and the clinic accepts no weighing until it passes one: call the technician.</source>
            <translation>Vægtens kontrol med referencelod er forfalden, fejlet eller mangler, og klinikken godtager ingen vejning, før vægten består en: tilkald teknikeren.</translation>
        </message>
        <message>
            <source>Say why the stop-dose flag is lifted.</source>
            <translation>Angiv, hvorfor stop-dosis-flaget ophæves.</translation>
        </message>
        <message>
            <source>A stop-dose flag needs its reason.</source>
            <translation>Et stop-dosis-flag kræver en begrundelse.</translation>
        </message>
        <message>
            <source>This patient has no such stop-dose flag set.</source>
            <translation>Denne patient har ikke et sådant stop-dosis-flag sat.</translation>
        </message>
        <message>
            <source>There is no such dose in this patient's recent record.</source>
            <translation>Dosen findes ikke blandt patientens seneste registreringer.</translation>
        </message>
        <message>
            <source>A dose cannot be corrected to a time in the future.</source>
            <translation>En dosis kan ikke rettes til et tidspunkt i fremtiden.</translation>
        </message>
        <message>
            <source>Say why the dose's time is corrected.</source>
            <translation>Angiv, hvorfor dosens tidspunkt rettes.</translation>
        </message>
        <message>
            <source>The corrected time needs its time zone.</source>
            <translation>Det rettede tidspunkt skal have en tidszone.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe first.</source>
            <translation>Vej og godkend først sprøjten.</translation>
        </message>
        <message>
            <source>Say why the syringe goes without a printed label.</source>
            <translation>Angiv, hvorfor sprøjten gives uden trykt etiket.</translation>
        </message>
        <message>
            <source>This visit changed meanwhile (another screen?): check it again.</source>
            <translation>Dette besøg er ændret i mellemtiden (en anden skærm?): tjek det igen.</translation>
        </message>
        <message>
            <source>This visit's dose is recorded: start a new visit.</source>
            <translation>Dette besøgs dosis er registreret: start et nyt besøg.</translation>
        </message>
        <message>
            <source>Say why the visit ends without a dose.</source>
            <translation>Angiv, hvorfor besøget afsluttes uden dosis.</translation>
        </message>
        <message>
            <source>The patient was assessed: say why the dose was not given.</source>
            <translation>Patienten er vurderet: angiv, hvorfor dosen ikke blev givet.</translation>
        </message>
        <message>
            <source>Choose why the dose was not given from the list.</source>
            <translation>Vælg på listen, hvorfor dosen ikke blev givet.</translation>
        </message>
        <message>
            <source>This visit was ended: start a new visit.</source>
            <translation>Dette besøg er afsluttet: start et nyt besøg.</translation>
        </message>
        <message>
            <source>Another person carries this visit on: take it over first (recorded), then go on.</source>
            <translation>En anden person fører dette besøg videre: overtag det først (registreres), og fortsæt så.</translation>
        </message>
        <message>
            <source>There is no such visit at this station: identify the patient.</source>
            <translation>Besøget findes ikke på denne station: identificér patienten.</translation>
        </message>
        <message>
            <source>There is no such dose to void in this patient's recent record.</source>
            <translation>Der er ingen sådan dosis at annullere blandt patientens seneste registreringer.</translation>
        </message>
        <message>
            <source>Only a clinic lead may void a dose another station recorded.</source>
            <translation>Kun en klinikleder må annullere en dosis, som en anden station har registreret.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Angiv hvorfor dosisregistreringen annulleres.</translation>
        </message>
        <message>
            <source>Write a comment to acknowledge the warning before dosing.</source>
            <translation>Skriv en kommentar for at bekræfte advarslen før dosering.</translation>
        </message>
        <message>
            <source>Check the rules for a dose before weighing it.</source>
            <translation>Tjek reglerne for en dosis, før den vejes.</translation>
        </message>
        <message>
            <source>The weighed syringe is outside the clinic's tolerance now ({detail}): prepare it again.</source>
            <translation>Den vejede sprøjte er nu uden for klinikkens tolerance ({detail}): klargør den igen.</translation>
        </message>
        <message>
            <source>The weight is a mass in g from the scale.</source>
            <translation>Vejningen skal være en masse i g fra vægten.</translation>
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
            <translation>{detail} Stationen blev ikke tilmeldt.</translation>
        </message>
        <message>
            <source>{detail} The station was not enrolled.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Stationen blev ikke tilmeldt.</translation>
        </message>
        <message>
            <source>The enrollment code was not accepted (unknown, expired or already used): ask the server's administrator for a new one.</source>
            <translation>Tilmeldingskoden blev ikke godkendt (ukendt, udløbet eller allerede brugt): bed serverens administrator om en ny.</translation>
        </message>
        <message>
            <source>Enrollment failed: {detail}</source>
            <translation>Tilmeldingen mislykkedes: {detail}</translation>
        </message>
        <message>
            <source>The server refused the enrollment: {detail}</source>
            <translation>Serveren afviste tilmeldingen: {detail}</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url}: check the address and the network. The station was not enrolled.</source>
            <translation>Kan ikke nå serveren på {url}: kontrollér adressen og netværket. Stationen blev ikke tilmeldt.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>Fødselsdatoen ligger i fremtiden.</translation>
        </message>
        <message>
            <source>The birth date gives an age over {age} years: check it.</source>
            <translation>Fødselsdatoen giver en alder over {age} år: kontrollér den.</translation>
        </message>
        <message>
            <source>A clinic number is capital letters and digits in groups joined by single hyphens, at most 20 characters (for example HAT-0042).</source>
            <translation>Et kliniknummer består af store bogstaver og cifre i grupper forbundet med enkelte bindestreger, højst 20 tegn (for eksempel HAT-0042).</translation>
        </message>
        <message>
            <source>Enter the patient's clinic number.</source>
            <translation>Indtast patientens kliniknummer.</translation>
        </message>
        <message>
            <source>This clinic number is already on the roster: each patient has their own.</source>
            <translation>Dette kliniknummer er allerede på listen: hver patient har sit eget.</translation>
        </message>
        <message>
            <source>The family name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>Efternavnet kan ikke registreres, som det er skrevet: bogstaver, højst 100 tegn.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Indtast patientens efternavn.</translation>
        </message>
        <message>
            <source>The given name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>Fornavnet kan ikke registreres, som det er skrevet: bogstaver, højst 100 tegn.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Indtast patientens fornavn.</translation>
        </message>
        <message>
            <source>The photo names another clinic number than this patient's: nothing was kept. Open the patient again and take the photo for them.</source>
            <translation>Fotoet angiver et andet kliniknummer end denne patients: intet blev gemt. Åbn patienten igen og tag fotoet til vedkommende.</translation>
        </message>
        <message>
            <source>This picture is too large (at most 20 MB and 50 million pixels).</source>
            <translation>Dette billede er for stort (højst 20 MB og 50 millioner pixels).</translation>
        </message>
        <message>
            <source>This picture is too small to recognise a face (at least {size} pixels a side).</source>
            <translation>Dette billede er for lille til at genkende et ansigt (mindst {size} pixels på hver side).</translation>
        </message>
        <message>
            <source>This file is not a JPEG or PNG picture the station can read.</source>
            <translation>Denne fil er ikke et JPEG- eller PNG-billede, som stationen kan læse.</translation>
        </message>
        <message>
            <source>{count} patient(s) on the roster have this family name and birth date. Check that this is not one of them; register only if this is a different person.</source>
            <translation>{count} patient(er) på listen har dette efternavn og denne fødselsdato. Kontrollér, at dette ikke er en af dem; indskriv kun, hvis det er en anden person.</translation>
        </message>
        <message>
            <source>The clinic treats adults only: the patient must be at least {age}.</source>
            <translation>Klinikken behandler kun voksne: patienten skal være mindst {age} år.</translation>
        </message>
        <message>
            <source>Breath alcohol is entered as a number in ‰ (or left out).</source>
            <translation>Udåndingsalkohol indtastes som et tal i ‰ (eller udelades).</translation>
        </message>
        <message>
            <source>Breath alcohol is between 0 and {maximum} ‰.</source>
            <translation>Udåndingsalkohol ligger mellem 0 og {maximum} ‰.</translation>
        </message>
        <message>
            <source>{what} must be an amount in mg.</source>
            <translation>{what} skal være en mængde i mg.</translation>
        </message>
        <message>
            <source>{what} is not an amount in mg.</source>
            <translation>{what} er ikke en mængde i mg.</translation>
        </message>
        <message>
            <source>{what} is not a possible dose (at most {maximum} mg).</source>
            <translation>{what} er ikke en mulig dosis (højst {maximum} mg).</translation>
        </message>
        <message>
            <source>{what} is given to 0.01 mg at most.</source>
            <translation>{what} angives med en nøjagtighed på højst 0,01 mg.</translation>
        </message>
        <message>
            <source>The sedation score is a whole number from 0 (alert) to 3 (severe).</source>
            <translation>Sedationsscoren er et helt tal fra 0 (vågen) til 3 (svær).</translation>
        </message>
        <message>
            <source>An adverse event cannot be recorded as happening in the future.</source>
            <translation>En utilsigtet hændelse kan ikke registreres som sket i fremtiden.</translation>
        </message>
        <message>
            <source>Choose what happened: {kinds}.</source>
            <translation>Vælg, hvad der skete: {kinds}.</translation>
        </message>
        <message>
            <source>This observation is already closed.</source>
            <translation>Denne observation er allerede afsluttet.</translation>
        </message>
        <message>
            <source>The observation time is not up: say why the patient leaves early.</source>
            <translation>Observationstiden er ikke gået: angiv, hvorfor patienten går tidligt.</translation>
        </message>
        <message>
            <source>Naloxone is entered in mg, at most {maximum} mg.</source>
            <translation>Naloxon indtastes i mg, højst {maximum} mg.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Skriv en note eller indtast en vital værdi.</translation>
        </message>
        <message>
            <source>There is no such observation on this station.</source>
            <translation>Observationen findes ikke på denne station.</translation>
        </message>
        <message>
            <source>The vital signs were not recorded: {detail}.</source>
            <translation>De vitale værdier blev ikke registreret: {detail}.</translation>
        </message>
        <message>
            <source>Give either the mg or the weighed mass, not both.</source>
            <translation>Angiv enten mg eller den vejede masse, ikke begge.</translation>
        </message>
        <message>
            <source>Nothing to record: the amount is 0 mg.</source>
            <translation>Intet at registrere: mængden er 0 mg.</translation>
        </message>
        <message>
            <source>The batch was not made: {detail}.</source>
            <translation>Batchen blev ikke fremstillet: {detail}.</translation>
        </message>
        <message>
            <source>There is no such solution batch.</source>
            <translation>Opløsningsbatchen findes ikke.</translation>
        </message>
        <message>
            <source>There is no such stock lot or solution batch.</source>
            <translation>Lagerpartiet eller opløsningsbatchen findes ikke.</translation>
        </message>
        <message>
            <source>The entry to correct is not in the register.</source>
            <translation>Posten, der skal rettes, findes ikke i journalen.</translation>
        </message>
        <message>
            <source>A counted container is not on this count sheet.</source>
            <translation>En optalt beholder står ikke på dette optællingsark.</translation>
        </message>
        <message>
            <source>{missing} container(s) on the sheet were not counted.</source>
            <translation>{missing} beholder(e) på arket blev ikke optalt.</translation>
        </message>
        <message>
            <source>The person who counted cannot sign off their own count.</source>
            <translation>Den, der har optalt, kan ikke selv kvittere for sin optælling.</translation>
        </message>
        <message>
            <source>There is no such count.</source>
            <translation>Optællingen findes ikke.</translation>
        </message>
        <message>
            <source>This count has no open discrepancy.</source>
            <translation>Denne optælling har ingen åben uoverensstemmelse.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Angiv årsagen til uoverensstemmelsen.</translation>
        </message>
        <message>
            <source>Only residue, waste, failed injections and destruction go here.</source>
            <translation>Kun rest, kassation, mislykkede injektioner og destruktion registreres her.</translation>
        </message>
        <message>
            <source>This is not a medicine pack code (GS1 DataMatrix or IFA).</source>
            <translation>Dette er ikke en pakningskode for lægemidler (GS1 DataMatrix eller IFA).</translation>
        </message>
        <message>
            <source>The pack code cannot be read: {detail}</source>
            <translation>Pakningskoden kan ikke læses: {detail}</translation>
        </message>
        <message>
            <source>This pack's serial number was received before; it is refused (a copied or re-used code).</source>
            <translation>Denne paknings serienummer er modtaget før; pakningen afvises (en kopieret eller genbrugt kode).</translation>
        </message>
        <message>
            <source>A pack holds 1 to {units} ampoules.</source>
            <translation>En pakning indeholder 1 til {units} ampuller.</translation>
        </message>
        <message>
            <source>The pack code carries no batch number; it cannot be received.</source>
            <translation>Pakningskoden indeholder intet batchnummer; pakningen kan ikke modtages.</translation>
        </message>
        <message>
            <source>The pack code carries no serial number; it cannot be received.</source>
            <translation>Pakningskoden indeholder intet serienummer; pakningen kan ikke modtages.</translation>
        </message>
        <message>
            <source>The printer could not be opened: check it and print again.</source>
            <translation>Printeren kunne ikke åbnes: kontrollér den, og udskriv igen.</translation>
        </message>
        <message>
            <source>A product needs at least one ampoule of more than 0 mg.</source>
            <translation>Et produkt skal have mindst én ampul på mere end 0 mg.</translation>
        </message>
        <message>
            <source>This pack's product is not in the catalogue; define it before receiving.</source>
            <translation>Denne paknings produkt er ikke i kataloget; opret det, før pakningen modtages.</translation>
        </message>
        <message>
            <source>Reconstitute from known stock lots of one substance.</source>
            <translation>Opløs fra kendte lagerpartier af ét stof.</translation>
        </message>
        <message>
            <source>A solution batch needs a shelf life after reconstitution.</source>
            <translation>En opløsningsbatch skal have en holdbarhed efter opløsning.</translation>
        </message>
        <message>
            <source>A {what} needs a witness who signs with their own password.</source>
            <translation>En {what} kræver et vidne, der underskriver med sin egen adgangskode.</translation>
        </message>
        <message>
            <source>The label was not printed: {detail}</source>
            <translation>Etiketten blev ikke udskrevet: {detail}</translation>
        </message>
        <message>
            <source>No weight accepted: {detail}</source>
            <translation>Ingen vægt godkendt: {detail}</translation>
        </message>
        <message>
            <source>The daily maximum is above the clinic's daily maximum of {cap} mg for {drug}.</source>
            <translation>Dagsmaksimum ligger over klinikkens dagsmaksimum på {cap} mg for {drug}.</translation>
        </message>
        <message>
            <source>This patient already has a prescription for {drug} in these days: change or stop it instead.</source>
            <translation>Denne patient har allerede en ordination på {drug} i disse dage: ændr eller stop den i stedet.</translation>
        </message>
        <message>
            <source>A change or renewal keeps the order's drug: sign a new order for another drug.</source>
            <translation>En ændring eller fornyelse beholder ordinationens lægemiddel: signér en ny ordination til et andet lægemiddel.</translation>
        </message>
        <message>
            <source>An order cannot end before it starts.</source>
            <translation>En ordination kan ikke slutte, før den begynder.</translation>
        </message>
        <message>
            <source>An order cannot end in the past.</source>
            <translation>En ordination kan ikke slutte i fortiden.</translation>
        </message>
        <message>
            <source>The time between doses cannot be negative.</source>
            <translation>Tiden mellem doser kan ikke være negativ.</translation>
        </message>
        <message>
            <source>An order's maxima are amounts above 0 mg.</source>
            <translation>En ordinations maksima er mængder over 0 mg.</translation>
        </message>
        <message>
            <source>An order's maxima are given to 0.01 mg.</source>
            <translation>En ordinations maksima angives med 0,01 mg's nøjagtighed.</translation>
        </message>
        <message>
            <source>A new order gets an id of its own: a change, renewal or stop names one.</source>
            <translation>En ny ordination får sit eget id: en ændring, fornyelse eller et stop angiver et.</translation>
        </message>
        <message>
            <source>A note to the counter is at most {limit} characters.</source>
            <translation>En note til skranken må højst have {limit} tegn.</translation>
        </message>
        <message>
            <source>This order has ended: renew it or sign a new order.</source>
            <translation>Denne ordination er udløbet: forny den eller signér en ny ordination.</translation>
        </message>
        <message>
            <source>This order was stopped: sign a new order.</source>
            <translation>Denne ordination er stoppet: signér en ny ordination.</translation>
        </message>
        <message>
            <source>A prescription brought over from before is ended by a change that gives its last day.</source>
            <translation>En ordination overført fra tidligere afsluttes med en ændring, der angiver dens sidste dag.</translation>
        </message>
        <message>
            <source>There is no such signed order for this patient.</source>
            <translation>Der er ingen sådan signeret ordination for denne patient.</translation>
        </message>
        <message>
            <source>The dose plan cannot be used: {detail}.</source>
            <translation>Dosisplanen kan ikke bruges: {detail}.</translation>
        </message>
        <message>
            <source>The dose plan must start within the order's days.</source>
            <translation>Dosisplanen skal begynde inden for ordinationens dage.</translation>
        </message>
        <message>
            <source>The dose plan is refused: a step rises more than the clinic's titration rule allows ({rise} % over the day before).</source>
            <translation>Dosisplanen afvises: et trin stiger mere, end klinikkens titreringsregel tillader ({rise} % over dagen før).</translation>
        </message>
        <message>
            <source>The dose plan is refused: its first day is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Dosisplanen afvises: dens første dag ligger over ordinationens dagsmaksimum på {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The dose plan is refused: its ceiling is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Dosisplanen afvises: dens loft ligger over ordinationens dagsmaksimum på {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The review day cannot be before the order starts.</source>
            <translation>Gennemgangsdagen kan ikke ligge før ordinationens start.</translation>
        </message>
        <message>
            <source>The per-session maximum cannot be above the daily maximum.</source>
            <translation>Maksimum pr. tidsrum kan ikke være over dagsmaksimum.</translation>
        </message>
        <message>
            <source>An order gives 1 to 6 sessions a day.</source>
            <translation>En ordination giver 1 til 6 tidsrum om dagen.</translation>
        </message>
        <message>
            <source>Only a prescriber signs an order.</source>
            <translation>Kun en ordinerende læge signerer en ordination.</translation>
        </message>
        <message>
            <source>A stop ends the order from today, or on a later day within the order.</source>
            <translation>Et stop afslutter ordinationen fra i dag eller på en senere dag inden for ordinationen.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet.</source>
            <translation>Kortet er ægte, men patienten er endnu ikke på denne stations liste.</translation>
        </message>
        <message>
            <source>Say why the patient leaves the queue.</source>
            <translation>Angiv, hvorfor patienten forlader køen.</translation>
        </message>
        <message>
            <source>Neither a patient of this station's roster nor a valid card: {detail}</source>
            <comment>a check-in was refused; detail: the card check's sentence</comment>
            <translation>Hverken en patient på denne stations liste eller et gyldigt kort: {detail}</translation>
        </message>
        <message>
            <source>This patient is not in today's queue.</source>
            <translation>Denne patient er ikke i dagens kø.</translation>
        </message>
        <message>
            <source>Scan the patient's card or enter their clinic number.</source>
            <translation>Scan patientens kort eller indtast patientens kliniknummer.</translation>
        </message>
        <message>
            <source>{setting}: at most {maximum}{unit}.</source>
            <translation>{setting}: højst {maximum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: at least {minimum}{unit}.</source>
            <translation>{setting}: mindst {minimum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: choose one of: {options}.</source>
            <translation>{setting}: vælg en af: {options}.</translation>
        </message>
        <message>
            <source>{settings}: this does not fit the clinic's other rule settings — {detail}.</source>
            <translation>{settings}: dette passer ikke med klinikkens øvrige regelindstillinger — {detail}.</translation>
        </message>
        <message>
            <source>Only a clinic lead may change the clinic's rule settings.</source>
            <translation>Kun en klinikleder må ændre klinikkens regelindstillinger.</translation>
        </message>
        <message>
            <source>The clinic's rule settings do not fit together ({detail}); a clinic lead must correct them.</source>
            <translation>Klinikkens regelindstillinger passer ikke sammen ({detail}); en klinikleder skal rette dem.</translation>
        </message>
        <message>
            <source>The clinic's rule setting “{setting}” holds a value this station cannot use ({detail}); a clinic lead must set it again.</source>
            <translation>Klinikkens regelindstilling “{setting}” har en værdi, som denne station ikke kan bruge ({detail}); en klinikleder skal indstille den igen.</translation>
        </message>
        <message>
            <source>{setting}: {detail}.</source>
            <translation>{setting}: {detail}.</translation>
        </message>
        <message>
            <source>{setting}: at most {places} decimal place(s).</source>
            <translation>{setting}: højst {places} decimal(er).</translation>
        </message>
        <message>
            <source>There is no setting called {key}.</source>
            <translation>Der findes ingen indstilling med navnet {key}.</translation>
        </message>
        <message>
            <source>{setting}: {value} is not a valid value; {hint}.</source>
            <translation>{setting}: {value} er ikke en gyldig værdi; {hint}.</translation>
        </message>
        <message>
            <source>{setting}: a whole number.</source>
            <translation>{setting}: et helt tal.</translation>
        </message>
        <message>
            <source>The second person must be someone else than the one signed in.</source>
            <translation>Den anden person skal være en anden end den, der er logget ind.</translation>
        </message>
        <message>
            <source>{person} cannot sign this ({what}): it needs a {roles}.</source>
            <translation>{person} kan ikke underskrive dette ({what}): det kræver en {roles}.</translation>
        </message>
        <message>
            <source>A second person must sign: {what}.</source>
            <translation>En anden person skal underskrive: {what}.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a second person cannot sign; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>Denne konto er deaktiveret. Spørg en administrator.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the account is locked after wrong passwords; detail: until when</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The station's disk is full: nothing was recorded. Free some space on the disk (ask the clinic's IT), then record it again.</source>
            <translation>Stationens disk er fuld: intet blev registreret. Frigør plads på disken (spørg klinikkens IT-afdeling), og registrér det så igen.</translation>
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
            <translation>Forkert brugernavn eller adgangskode.</translation>
        </message>
        <message>
            <source>This station is already enrolled with {url} (clinic {clinic}); nothing was changed.</source>
            <translation>Denne station er allerede tilmeldt {url} (klinik {clinic}); intet blev ændret.</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the CA file cannot be used</comment>
            <translation>{detail} Intet blev ændret.</translation>
        </message>
        <message>
            <source>The CA file {path} cannot be read ({detail}).</source>
            <translation>CA-filen {path} kan ikke læses ({detail}).</translation>
        </message>
        <message>
            <source>The CA file {path} holds no certificate this station can use (a CA bundle is PEM text: -----BEGIN CERTIFICATE-----).</source>
            <translation>CA-filen {path} indeholder intet certifikat, som denne station kan bruge (et CA-bundt er PEM-tekst: -----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Intet blev ændret.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url} to check its certificate: try again when it can be reached. Nothing was changed.</source>
            <translation>Kan ikke nå serveren på {url} for at kontrollere dens certifikat: prøv igen, når den kan nås. Intet blev ændret.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: enroll it first (the clinic CA file is given with the enrollment).</source>
            <translation>Denne station er ikke tilmeldt en server: tilmeld den først (klinikkens CA-fil angives ved tilmeldingen).</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician runs 'dosing-station enroll --server URL' (it asks for the code) first.</source>
            <translation>Denne station er ikke tilmeldt en server: en tekniker kører først 'dosing-station enroll --server URL' (kommandoen beder om koden).</translation>
        </message>
        <message>
            <source>The server {url} is not https://: it has no certificate to check. Nothing was changed.</source>
            <translation>Serveren {url} er ikke https://: den har intet certifikat at kontrollere. Intet blev ændret.</translation>
        </message>
        <message>
            <source>The bundle could not be written: {detail}.</source>
            <translation>Pakken kunne ikke skrives: {detail}.</translation>
        </message>
        <message>
            <source>The certified mass and the tolerance must be more than 0 g.</source>
            <translation>Den certificerede masse og tolerancen skal være mere end 0 g.</translation>
        </message>
        <message>
            <source>Name the device by its serial number.</source>
            <translation>Angiv enhedens serienummer.</translation>
        </message>
        <message>
            <source>The device profile could not be saved: {detail}.</source>
            <translation>Enhedsprofilen kunne ikke gemmes: {detail}.</translation>
        </message>
    </context>
    <context>
        <name>MovementsPage</name>
        <message>
            <source>Stock lot or solution batch</source>
            <translation>Lagerparti eller opløsningsbatch</translation>
        </message>
        <message>
            <source>Kind of movement</source>
            <translation>Type bevægelse</translation>
        </message>
        <message>
            <source>Residue</source>
            <translation>Rest</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Kassation</translation>
        </message>
        <message>
            <source>Failed injection</source>
            <translation>Mislykket injektion</translation>
        </message>
        <message>
            <source>Destruction (witnessed)</source>
            <translation>Destruktion (bevidnet)</translation>
        </message>
        <message>
            <source>Amount given as</source>
            <translation>Mængde angivet som</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>g weighed (solution)</source>
            <translation>g vejet (opløsning)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Mængde</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <source>why the drug leaves the stock</source>
            <translation>hvorfor lægemidlet forlader lageret</translation>
        </message>
        <message>
            <source>&amp;Record…</source>
            <translation>&amp;Registrér…</translation>
        </message>
        <message>
            <source>Record the movement</source>
            <translation>Registrér bevægelsen</translation>
        </message>
        <message>
            <source>Movement message</source>
            <translation>Besked om bevægelsen</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Mængde</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Enhed</translation>
        </message>
        <message>
            <source>R&amp;eason</source>
            <translation>Å&amp;rsag</translation>
        </message>
        <message>
            <source>A destruction is signed by a second person who watched it.</source>
            <translation>En destruktion underskrives af en anden person, der overværede den.</translation>
        </message>
        <message>
            <source>About destruction</source>
            <translation>Om destruktion</translation>
        </message>
        <message>
            <source>solution</source>
            <translation>opløsning</translation>
        </message>
        <message>
            <source>stock</source>
            <translation>lager</translation>
        </message>
        <message>
            <source>There is no batch to take drug from.</source>
            <translation>Der er ingen batch at tage lægemiddel fra.</translation>
        </message>
        <message>
            <source>Give the amount (more than 0).</source>
            <translation>Angiv mængden (mere end 0).</translation>
        </message>
        <message>
            <source>Witness the destruction of {amount} {unit} from {batch}.</source>
            <translation>Bevidn destruktionen af {amount} {unit} fra {batch}.</translation>
        </message>
        <message>
            <source>Recorded in the register.</source>
            <translation>Registreret i journalen.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Afvist: {reason}</translation>
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
            <translation>Respirationsdepression</translation>
        </message>
        <message>
            <source>Seizure</source>
            <translation>Krampeanfald</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>No booth</source>
            <translation>Ingen boks</translation>
        </message>
        <message>
            <source>%1 leaves before the observation time is up (%2). A second person confirms the early discharge.</source>
            <translation>%1 går før observationstiden er gået (%2). En anden person bekræfter den tidlige udskrivning.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was recorded; try again.</source>
            <translation>Dette kunne ikke gemmes. Intet blev registreret; prøv igen.</translation>
        </message>
    </context>
    <context>
        <name>ObservationCard</name>
        <message>
            <source>No booth</source>
            <translation>Ingen bås</translation>
        </message>
        <message>
            <source>Patient photo</source>
            <translation>Patientfoto</translation>
        </message>
        <message>
            <source>Under observation</source>
            <translation>Under observation</translation>
        </message>
        <message>
            <source>Last minutes</source>
            <translation>Sidste minutter</translation>
        </message>
        <message>
            <source>Time is up: check and discharge</source>
            <translation>Tiden er gået: tilse og afslut</translation>
        </message>
        <message>
            <source>NOT DISCHARGED: check the patient now</source>
            <translation>IKKE AFSLUTTET: tilse patienten nu</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minut tilbage</numerusform>
                <numerusform>%n minutter tilbage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) overdue</source>
            <translation>
                <numerusform>%n minut over tid</numerusform>
                <numerusform>%n minutter over tid</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, patient %2</source>
            <translation>%1, patient %2</translation>
        </message>
        <message>
            <source>Notes and events</source>
            <translation>Notater og hændelser</translation>
        </message>
        <message>
            <source>Note / vitals</source>
            <translation>Notat / vitale værdier</translation>
        </message>
        <message>
            <source>Adverse event</source>
            <translation>Utilsigtet hændelse</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Afslut</translation>
        </message>
        <message>
            <source>Note or vital signs, %1</source>
            <translation>Notat eller vitale værdier, %1</translation>
        </message>
        <message>
            <source>Adverse event, %1</source>
            <translation>Utilsigtet hændelse, %1</translation>
        </message>
        <message>
            <source>Discharge, %1</source>
            <translation>Afslut observation, %1</translation>
        </message>
        <message>
            <source>Observation, %1</source>
            <translation>Observation, %1</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Siden %1</translation>
        </message>
        <message>
            <source>%1 ADVERSE EVENT: %2</source>
            <translation>%1 UTILSIGTET HÆNDELSE: %2</translation>
        </message>
        <message>
            <source>, naloxone %1 mg</source>
            <translation>, naloxon %1 mg</translation>
        </message>
        <message>
            <source>⚠ VITAL SIGNS ALARM: %1</source>
            <translation>⚠ ALARM FOR VITALE VÆRDIER: %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>New order</source>
            <translation>Ny ordination</translation>
        </message>
        <message>
            <source>Change the order</source>
            <translation>Ændr ordinationen</translation>
        </message>
        <message>
            <source>Renew the order</source>
            <translation>Forny ordinationen</translation>
        </message>
        <message>
            <source>Stop the order</source>
            <translation>Stop ordinationen</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Vælg en patient</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Lægemiddel og form</translation>
        </message>
        <message>
            <source>Choose the drug and form</source>
            <translation>Vælg lægemiddel og form</translation>
        </message>
        <message>
            <source>Per-session maximum in mg</source>
            <translation>Maksimum pr. tidsrum i mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Daily maximum in mg</source>
            <translation>Dagsmaksimum i mg</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Tidsrum pr. dag</translation>
        </message>
        <message>
            <source>1 to 6</source>
            <translation>1 til 6</translation>
        </message>
        <message>
            <source>Minimum interval between doses in minutes</source>
            <translation>Mindste interval mellem doser i minutter</translation>
        </message>
        <message>
            <source>empty: the clinic's default</source>
            <translation>tom: klinikkens standard</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <source>Valid until (last day)</source>
            <translation>Gyldig til (sidste dag)</translation>
        </message>
        <message>
            <source>&amp;Keep open-ended (no last day)</source>
            <translation>&amp;Varig (ingen sidste dag)</translation>
        </message>
        <message>
            <source>Open-ended: the order has no last day</source>
            <translation>Varig: ordinationen har ingen sidste dag</translation>
        </message>
        <message>
            <source>Phase of treatment</source>
            <translation>Behandlingsfase</translation>
        </message>
        <message>
            <source>Choose the phase</source>
            <translation>Vælg fasen</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Gennemgang den</translation>
        </message>
        <message>
            <source>Note for the counter</source>
            <translation>Note til skranken</translation>
        </message>
        <message>
            <source>what the nurse should read at the counter</source>
            <translation>hvad sygeplejersken skal læse ved skranken</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>What is signed</source>
            <translation>Hvad der signeres</translation>
        </message>
        <message>
            <source>Your password, to sign as prescribed</source>
            <translation>Din adgangskode, for at signere som ordineret</translation>
        </message>
        <message>
            <source>Sign as prescri&amp;bed</source>
            <translation>Signér som &amp;ordineret</translation>
        </message>
        <message>
            <source>Sign the order as prescribed</source>
            <translation>Signér ordinationen som ordineret</translation>
        </message>
        <message>
            <source>The signature recorded</source>
            <translation>Den registrerede signatur</translation>
        </message>
        <message>
            <source>Your pass&amp;word</source>
            <translation>Din adgangskod&amp;e</translation>
        </message>
        <message>
            <source>You sign this order with the meaning "prescribed", as {name}; the time of signing is recorded with it.</source>
            <translation>Du signerer denne ordination med betydningen "ordineret" som {name}; tidspunktet for signeringen registreres med den.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordination</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>&amp;Drug and form</source>
            <translation>&amp;Lægemiddel og form</translation>
        </message>
        <message>
            <source>Per-&amp;session maximum (mg)</source>
            <translation>Maksimum pr. &amp;tidsrum (mg)</translation>
        </message>
        <message>
            <source>Daily ma&amp;ximum (mg)</source>
            <translation>Dags&amp;maksimum (mg)</translation>
        </message>
        <message>
            <source>Sessions per da&amp;y</source>
            <translation>Tidsrum pr. &amp;dag</translation>
        </message>
        <message>
            <source>&amp;Minimum interval (min)</source>
            <translation>Mindste &amp;interval (min)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>Gyldig &amp;fra</translation>
        </message>
        <message>
            <source>Valid &amp;until (last day)</source>
            <translation>Gyldig til (sidste d&amp;ag)</translation>
        </message>
        <message>
            <source>P&amp;hase</source>
            <translation>Fa&amp;se</translation>
        </message>
        <message>
            <source>Re&amp;view on</source>
            <translation>&amp;Gennemgang den</translation>
        </message>
        <message>
            <source>Note for the &amp;counter</source>
            <translation>Note til s&amp;kranken</translation>
        </message>
        <message>
            <source>Order message</source>
            <translation>Besked om ordinationen</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>L&amp;uk</translation>
        </message>
        <message>
            <source>Close the order dialog</source>
            <translation>Luk ordinationsdialogen</translation>
        </message>
        <message>
            <source>A new order: check it, then sign it below.</source>
            <translation>En ny ordination: kontrollér den, og signér den så nedenfor.</translation>
        </message>
        <message>
            <source>{what} of {drug}, version {version} signed by {name} on {day}.</source>
            <translation>{what} af {drug}, version {version} signeret af {name} den {day}.</translation>
        </message>
        <message>
            <source>empty: the order ends today</source>
            <translation>tom: ordinationen slutter i dag</translation>
        </message>
        <message>
            <source>Choose the patient.</source>
            <translation>Vælg patienten.</translation>
        </message>
        <message>
            <source>Choose the drug and form.</source>
            <translation>Vælg lægemiddel og form.</translation>
        </message>
        <message>
            <source>Type the per-session maximum in mg.</source>
            <translation>Skriv maksimum pr. tidsrum i mg.</translation>
        </message>
        <message>
            <source>Type the daily maximum in mg.</source>
            <translation>Skriv dagsmaksimum i mg.</translation>
        </message>
        <message>
            <source>Type the number of sessions per day.</source>
            <translation>Skriv antallet af tidsrum pr. dag.</translation>
        </message>
        <message>
            <source>Type the minimum interval in whole minutes, or leave it empty.</source>
            <translation>Skriv det mindste interval i hele minutter, eller lad feltet være tomt.</translation>
        </message>
        <message>
            <source>Type the first valid day (dd.mm.yyyy).</source>
            <translation>Skriv den første gyldige dag (dd.mm.åååå).</translation>
        </message>
        <message>
            <source>Type the last valid day as dd.mm.yyyy.</source>
            <translation>Skriv den sidste gyldige dag som dd.mm.åååå.</translation>
        </message>
        <message>
            <source>Type the last valid day, or tick "Keep open-ended".</source>
            <translation>Skriv den sidste gyldige dag, eller markér "Varig".</translation>
        </message>
        <message>
            <source>Choose the phase of treatment.</source>
            <translation>Vælg behandlingsfasen.</translation>
        </message>
        <message>
            <source>Type the review day as dd.mm.yyyy.</source>
            <translation>Skriv gennemgangsdagen som dd.mm.åååå.</translation>
        </message>
        <message>
            <source>Type your password to sign the order as prescribed.</source>
            <translation>Skriv din adgangskode for at signere ordinationen som ordineret.</translation>
        </message>
        <message>
            <source>Signed with the meaning "prescribed" by {name} on {day} at {time}: order version {version}.</source>
            <translation>Signeret med betydningen "ordineret" af {name} den {day} kl. {time}: ordinationsversion {version}.</translation>
        </message>
        <message>
            <source>The order is signed and recorded.</source>
            <translation>Ordinationen er signeret og registreret.</translation>
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
            <translation>lægemiddel og form</translation>
        </message>
        <message>
            <source>per-session maximum</source>
            <translation>maksimum pr. tidsrum</translation>
        </message>
        <message>
            <source>daily maximum</source>
            <translation>dagsmaksimum</translation>
        </message>
        <message>
            <source>sessions per day</source>
            <translation>tidsrum pr. dag</translation>
        </message>
        <message>
            <source>minimum interval</source>
            <translation>mindste interval</translation>
        </message>
        <message>
            <source>valid from</source>
            <translation>gyldig fra</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>gyldig til</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <source>note for the counter</source>
            <translation>note til skranken</translation>
        </message>
        <message>
            <source>review day</source>
            <translation>gennemgangsdag</translation>
        </message>
        <message>
            <source>dose plan</source>
            <translation>dosisplan</translation>
        </message>
        <message>
            <source>{field} {old} → {new}</source>
            <translation>{field} {old} → {new}</translation>
        </message>
        <message>
            <source>Order expires today ({day}).</source>
            <translation>Ordinationen udløber i dag ({day}).</translation>
        </message>
        <message>
            <source>Order expires in {n} days ({day}).</source>
            <translation>Ordinationen udløber om {n} dage ({day}).</translation>
        </message>
        <message>
            <source>Review date passed ({day}): tell the prescriber.</source>
            <translation>Gennemgangsdatoen er overskredet ({day}): giv den ordinerende læge besked.</translation>
        </message>
        <message>
            <source>Changed since the last dose: {changes}.</source>
            <translation>Ændret siden sidste dosis: {changes}.</translation>
        </message>
        <message>
            <source>Prescriber's note: {note}</source>
            <translation>Den ordinerende læges note: {note}</translation>
        </message>
        <message>
            <source>Prescriber's order notice</source>
            <translation>Den ordinerende læges besked om ordinationen</translation>
        </message>
    </context>
    <context>
        <name>OverdoseProtocolDialog</name>
        <message>
            <source>Overdose protocol: %1</source>
            <translation>Overdosisprotokol: %1</translation>
        </message>
        <message>
            <source>%1: vital signs past the clinic's limits. Start the overdose protocol.</source>
            <translation>%1: vitale værdier uden for klinikkens grænser. Start overdosisprotokollen.</translation>
        </message>
        <message>
            <source>1. Call for help now: alert a colleague and the emergency team.</source>
            <translation>1. Tilkald hjælp nu: advar en kollega og akutteamet.</translation>
        </message>
        <message>
            <source>2. Give naloxone as the clinic's protocol says; open the airway, support breathing, give oxygen.</source>
            <translation>2. Giv naloxon efter klinikkens protokol; frigør luftvejen, støt vejrtrækningen, giv ilt.</translation>
        </message>
        <message>
            <source>3. Stay with the patient; measure breathing and SpO2 again.</source>
            <translation>3. Bliv hos patienten; mål vejrtrækning og SpO2 igen.</translation>
        </message>
        <message>
            <source>4. Record the adverse event and the naloxone given.</source>
            <translation>4. Registrér den utilsigtede hændelse og den givne naloxon.</translation>
        </message>
        <message>
            <source>&amp;Record adverse event</source>
            <translation>&amp;Registrér utilsigtet hændelse</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Vital signs past the limits</source>
            <translation>Vitale værdier uden for grænserne</translation>
        </message>
        <message>
            <source>Overdose protocol steps</source>
            <translation>Trin i overdosisprotokollen</translation>
        </message>
    </context>
    <context>
        <name>PatientActionsDialog</name>
        <message>
            <source>Clinic lead: patient flags and records</source>
            <translation>Klinikleder: patientflag og registreringer</translation>
        </message>
        <message>
            <source>Patient stop-dose flags</source>
            <translation>Patientens stop-dosis-flag</translation>
        </message>
        <message>
            <source>Void a dose entered in error</source>
            <translation>Annullér en dosis indtastet ved en fejl</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Find en patient efter klinik-id eller navn</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>klinik-id eller navn</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patienter på denne stations liste</translation>
        </message>
        <message>
            <source>No patient chosen.</source>
            <translation>Ingen patient valgt.</translation>
        </message>
        <message>
            <source>Chosen patient</source>
            <translation>Valgt patient</translation>
        </message>
        <message>
            <source>Patient actions message</source>
            <translation>Besked fra patientskærmen</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>L&amp;uk</translation>
        </message>
        <message>
            <source>Close the patient screen</source>
            <translation>Luk patientskærmen</translation>
        </message>
        <message>
            <source>Stop-dose flags</source>
            <translation>Stop-dosis-flag</translation>
        </message>
        <message>
            <source>Stop-dose flags set now</source>
            <translation>Stop-dosis-flag sat nu</translation>
        </message>
        <message>
            <source>Reason for a new stop-dose flag</source>
            <translation>Begrundelse for et nyt stop-dosis-flag</translation>
        </message>
        <message>
            <source>e.g. physician review pending</source>
            <translation>f.eks. afventer lægegennemgang</translation>
        </message>
        <message>
            <source>&amp;Set a stop-dose flag</source>
            <translation>&amp;Sæt et stop-dosis-flag</translation>
        </message>
        <message>
            <source>Set a stop-dose flag with this reason</source>
            <translation>Sæt et stop-dosis-flag med denne begrundelse</translation>
        </message>
        <message>
            <source>Reason for lifting the chosen flag</source>
            <translation>Begrundelse for at ophæve det valgte flag</translation>
        </message>
        <message>
            <source>e.g. physician reviewed</source>
            <translation>f.eks. gennemgået af lægen</translation>
        </message>
        <message>
            <source>&amp;Lift the chosen flag</source>
            <translation>&amp;Ophæv det valgte flag</translation>
        </message>
        <message>
            <source>Lift the chosen stop-dose flag</source>
            <translation>Ophæv det valgte stop-dosis-flag</translation>
        </message>
        <message>
            <source>Stop-dose fla&amp;gs set now</source>
            <translation>Stop-dosis-fla&amp;g sat nu</translation>
        </message>
        <message>
            <source>Reason for a &amp;new flag</source>
            <translation>Begrundelse for et &amp;nyt flag</translation>
        </message>
        <message>
            <source>Reason for l&amp;ifting</source>
            <translation>Begrundelse for op&amp;hævelse</translation>
        </message>
        <message>
            <source>Review after a break</source>
            <translation>Gennemgang efter en pause</translation>
        </message>
        <message>
            <source>Reviews after a break on record</source>
            <translation>Registrerede gennemgange efter en pause</translation>
        </message>
        <message>
            <source>What the review after a break found</source>
            <translation>Hvad gennemgangen efter pausen viste</translation>
        </message>
        <message>
            <source>e.g. re-titration confirmed by the physician</source>
            <translation>f.eks. genoptitrering bekræftet af lægen</translation>
        </message>
        <message>
            <source>Record the &amp;review</source>
            <translation>Registrér &amp;gennemgangen</translation>
        </message>
        <message>
            <source>Record the review after a break</source>
            <translation>Registrér gennemgangen efter en pause</translation>
        </message>
        <message>
            <source>&amp;What the review found</source>
            <translation>&amp;Hvad gennemgangen viste</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patienter</translation>
        </message>
        <message>
            <source>No patient on the roster matches.</source>
            <translation>Ingen patient på listen passer.</translation>
        </message>
        <message>
            <source>{clinic_id}: {name}, born {birth}</source>
            <translation>{clinic_id}: {name}, født {birth}</translation>
        </message>
        <message>
            <source>staff of another station</source>
            <translation>personale på en anden station</translation>
        </message>
        <message>
            <source>{reason} — set by {who}, {time}</source>
            <translation>{reason} — sat af {who}, {time}</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Intet stop-dosis-flag er sat.</translation>
        </message>
        <message>
            <source>Last review after a break: {time}</source>
            <translation>Seneste gennemgang efter en pause: {time}</translation>
        </message>
        <message>
            <source>No review after a break on record.</source>
            <translation>Ingen gennemgang efter en pause registreret.</translation>
        </message>
        <message>
            <source>Choose a patient first.</source>
            <translation>Vælg først en patient.</translation>
        </message>
        <message>
            <source>Stop-dose flag set: no dose until a clinic lead lifts it.</source>
            <translation>Stop-dosis-flag sat: ingen dosis før en klinikleder ophæver det.</translation>
        </message>
        <message>
            <source>Choose a patient and one of their stop-dose flags first.</source>
            <translation>Vælg først en patient og et af patientens stop-dosis-flag.</translation>
        </message>
        <message>
            <source>Stop-dose flag lifted.</source>
            <translation>Stop-dosis-flag ophævet.</translation>
        </message>
        <message>
            <source>The review after the break is recorded.</source>
            <translation>Gennemgangen efter pausen er registreret.</translation>
        </message>
    </context>
    <context>
        <name>PatientPanel</name>
        <message>
            <source>Patient photo</source>
            <translation>Foto af patienten</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Patientens navn</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-id</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Ordination</translation>
        </message>
        <message>
            <source>Doses today</source>
            <translation>Doser i dag</translation>
        </message>
        <message>
            <source>Time since last dose</source>
            <translation>Tid siden sidste dosis</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Udeblevne dage</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markeringer</translation>
        </message>
        <message>
            <source>No patient yet: scan a card.</source>
            <translation>Ingen patient endnu: scan et kort.</translation>
        </message>
        <message>
            <source>No patient</source>
            <translation>Ingen patient</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Født</translation>
        </message>
        <message numerus="yes">
            <source>%n dose(s), {total}</source>
            <translation>
                <numerusform>%n dosis, {total}</numerusform>
                <numerusform>%n doser, {total}</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Sidste dosis</translation>
        </message>
        <message>
            <source>No photo on record: initials</source>
            <translation>Intet foto registreret: initialer</translation>
        </message>
        <message>
            <source>none active today</source>
            <translation>ingen aktiv i dag</translation>
        </message>
        <message>
            <source>{drug}: {session} per session, {day} per day, {n} sessions ({phase})</source>
            <translation>{drug}: {session} pr. tidsrum, {day} pr. dag, {n} tidsrum ({phase})</translation>
        </message>
        <message>
            <source>STOP-DOSE: {reason}</source>
            <translation>DOSISSTOP: {reason}</translation>
        </message>
        <message>
            <source>{n} days missed</source>
            <translation>{n} dage udeblevet</translation>
        </message>
        <message>
            <source>still under observation</source>
            <translation>stadig under observation</translation>
        </message>
        <message>
            <source>home station is another station</source>
            <translation>hjemstationen er en anden station</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
    </context>
    <context>
        <name>PharmacyWorkspace</name>
        <message>
            <source>Pharmacy</source>
            <translation>Apotek</translation>
        </message>
        <message>
            <source>Pharmacy — {name}</source>
            <translation>Apotek — {name}</translation>
        </message>
        <message>
            <source>Pharmacy tasks</source>
            <translation>Apotekets opgaver</translation>
        </message>
        <message>
            <source>&amp;1 Receive</source>
            <translation>&amp;1 Modtag</translation>
        </message>
        <message>
            <source>&amp;2 Reconstitute</source>
            <translation>&amp;2 Opløs</translation>
        </message>
        <message>
            <source>&amp;3 Waste and destruction</source>
            <translation>&amp;3 Kassation og destruktion</translation>
        </message>
        <message>
            <source>&amp;4 Count</source>
            <translation>&amp;4 Optælling</translation>
        </message>
        <message>
            <source>&amp;5 Register</source>
            <translation>&amp;5 Journal</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Dose plan (optional)</source>
            <translation>Dosisplan (valgfri)</translation>
        </message>
        <message>
            <source>Dose plan</source>
            <translation>Dosisplan</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Ingen plan</translation>
        </message>
        <message>
            <source>Titration: rise by mg</source>
            <translation>Titrering: stigning i mg</translation>
        </message>
        <message>
            <source>Taper: fall by percent</source>
            <translation>Nedtrapning: fald i procent</translation>
        </message>
        <message>
            <source>Plan starts on</source>
            <translation>Planen begynder den</translation>
        </message>
        <message>
            <source>First day's amount in mg</source>
            <translation>Første dags mængde i mg</translation>
        </message>
        <message>
            <source>mg per day</source>
            <translation>mg pr. dag</translation>
        </message>
        <message>
            <source>Rise per step in mg</source>
            <translation>Stigning pr. trin i mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Fall per step in percent</source>
            <translation>Fald pr. trin i procent</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Days between steps</source>
            <translation>Dage mellem trin</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dage</translation>
        </message>
        <message>
            <source>Ceiling or floor in mg</source>
            <translation>Loft eller bund i mg</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Daily cap</source>
            <translation>Dagsloft</translation>
        </message>
        <message>
            <source>Dated steps of the plan</source>
            <translation>Planens daterede trin</translation>
        </message>
        <message>
            <source>Dose plan message</source>
            <translation>Besked om dosisplanen</translation>
        </message>
        <message>
            <source>Dose p&amp;lan</source>
            <translation>Dosispla&amp;n</translation>
        </message>
        <message>
            <source>Plan s&amp;tarts on</source>
            <translation>Planen &amp;begynder den</translation>
        </message>
        <message>
            <source>First day's &amp;amount (mg)</source>
            <translation>F&amp;ørste dags mængde (mg)</translation>
        </message>
        <message>
            <source>&amp;Rise per step (mg)</source>
            <translation>Stigning pr. t&amp;rin (mg)</translation>
        </message>
        <message>
            <source>Fall pe&amp;r step (%)</source>
            <translation>Fald pr. t&amp;rin (%)</translation>
        </message>
        <message>
            <source>Step &amp;every (days)</source>
            <translation>Trin &amp;hver (dage)</translation>
        </message>
        <message>
            <source>&amp;Goes up to (mg per day)</source>
            <translation>G&amp;år op til (mg pr. dag)</translation>
        </message>
        <message>
            <source>Dated steps of the pla&amp;n</source>
            <translation>Planens &amp;daterede trin</translation>
        </message>
        <message>
            <source>&amp;Goes down to (mg per day)</source>
            <translation>G&amp;år ned til (mg pr. dag)</translation>
        </message>
        <message>
            <source>Type the day the plan starts (dd.mm.yyyy).</source>
            <translation>Skriv dagen, planen begynder (dd.mm.åååå).</translation>
        </message>
        <message>
            <source>Type the plan's first day's amount in mg.</source>
            <translation>Skriv planens første dags mængde i mg.</translation>
        </message>
        <message>
            <source>Type how many mg the plan rises per step.</source>
            <translation>Skriv, hvor mange mg planen stiger pr. trin.</translation>
        </message>
        <message>
            <source>Type by how many percent the plan falls per step.</source>
            <translation>Skriv, med hvor mange procent planen falder pr. trin.</translation>
        </message>
        <message>
            <source>Type every how many days the plan takes a step.</source>
            <translation>Skriv, hvor mange dage der går mellem planens trin.</translation>
        </message>
        <message>
            <source>Type the ceiling of the titration in mg per day.</source>
            <translation>Skriv titreringens loft i mg pr. dag.</translation>
        </message>
        <message>
            <source>Type the floor of the taper in mg per day.</source>
            <translation>Skriv nedtrapningens bund i mg pr. dag.</translation>
        </message>
        <message>
            <source>The plan starts after the order's last day.</source>
            <translation>Planen begynder efter ordinationens sidste dag.</translation>
        </message>
    </context>
    <context>
        <name>PortsPanel</name>
        <message>
            <source>Serial ports</source>
            <translation>Serielle porte</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
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
            <translation>USB-placering</translation>
        </message>
        <message>
            <source>&amp;List ports</source>
            <translation>&amp;Vis porte</translation>
        </message>
        <message>
            <source>List the serial ports</source>
            <translation>Vis de serielle porte</translation>
        </message>
        <message>
            <source>Scale port</source>
            <translation>Vægtens port</translation>
        </message>
        <message>
            <source>Scale protocol</source>
            <translation>Vægtens protokol</translation>
        </message>
        <message>
            <source>Printer port</source>
            <translation>Printerens port</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Vægt</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Scanner port</source>
            <translation>Scannerens port</translation>
        </message>
        <message>
            <source>empty: keyboard only</source>
            <translation>tom: kun tastatur</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>&amp;Save device profile</source>
            <translation>&amp;Gem enhedsprofil</translation>
        </message>
        <message>
            <source>Save the device profile</source>
            <translation>Gem enhedsprofilen</translation>
        </message>
        <message>
            <source>Device profile message</source>
            <translation>Besked om enhedsprofilen</translation>
        </message>
        <message>
            <source>Device profile</source>
            <translation>Enhedsprofil</translation>
        </message>
        <message>
            <source>Scale &amp;port</source>
            <translation>Vægtens &amp;port</translation>
        </message>
        <message>
            <source>Scale p&amp;rotocol</source>
            <translation>Vægtens p&amp;rotokol</translation>
        </message>
        <message>
            <source>Scale line</source>
            <translation>Vægtens linje</translation>
        </message>
        <message>
            <source>Pri&amp;nter port</source>
            <translation>Pri&amp;nterens port</translation>
        </message>
        <message>
            <source>Sc&amp;anner port</source>
            <translation>Sc&amp;annerens port</translation>
        </message>
        <message>
            <source>Printer line</source>
            <translation>Printerens linje</translation>
        </message>
        <message>
            <source>Scanner line</source>
            <translation>Scannerlinje</translation>
        </message>
        <message numerus="yes">
            <source>%n serial port(s) found; double-click one to use it for the scale.</source>
            <translation>
                <numerusform>%n seriel port fundet; dobbeltklik på en for at bruge den til vægten.</numerusform>
                <numerusform>%n serielle porte fundet; dobbeltklik på en for at bruge den til vægten.</numerusform>
            </translation>
        </message>
        <message>
            <source>scale</source>
            <translation>vægten</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printeren</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>scanneren</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud with {protocol}: choose one of {speeds}.</source>
            <translation>{device} kan ikke bruge {baud} baud med {protocol}: vælg en af {speeds}.</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud: choose one of {speeds}.</source>
            <translation>{device} kan ikke bruge {baud} baud: vælg en af {speeds}.</translation>
        </message>
        <message>
            <source>Device profile saved; the devices use it from the next start.</source>
            <translation>Enhedsprofil gemt; enhederne bruger den fra næste start.</translation>
        </message>
    </context>
    <context>
        <name>PrepareStep</name>
        <message>
            <source>overfilled</source>
            <translation>overfyldt</translation>
        </message>
        <message>
            <source>underfilled</source>
            <translation>underfyldt</translation>
        </message>
        <message>
            <source>air bubble in the syringe</source>
            <translation>luftboble i sprøjten</translation>
        </message>
        <message>
            <source>syringe touched the scale's draught shield</source>
            <translation>sprøjten rørte vægtens trækskærm</translation>
        </message>
        <message>
            <source>other</source>
            <translation>andet</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>OVERBELASTET</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>UNDERBELASTET</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>FEJL</translation>
        </message>
        <message>
            <source>Prepare and weigh the dose</source>
            <translation>Klargør og vej dosis</translation>
        </message>
        <message>
            <source>Preparation step</source>
            <translation>Trin: klargøring</translation>
        </message>
        <message>
            <source>Solution batch</source>
            <translation>Opløsningsbatch</translation>
        </message>
        <message>
            <source>Batch details</source>
            <translation>Oplysninger om batchen</translation>
        </message>
        <message>
            <source>Expected volume and mass</source>
            <translation>Forventet volumen og masse</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Hvad der skal gøres nu</translation>
        </message>
        <message>
            <source>Live weight</source>
            <translation>Aktuel vægt</translation>
        </message>
        <message>
            <source>Weight stability</source>
            <translation>Vægtens stabilitet</translation>
        </message>
        <message>
            <source>&amp;Tare empty syringe</source>
            <translation>&amp;Tarér tom sprøjte</translation>
        </message>
        <message>
            <source>Tare the empty syringe</source>
            <translation>Tarér den tomme sprøjte</translation>
        </message>
        <message>
            <source>&amp;Accept weight</source>
            <translation>&amp;Godkend vægt</translation>
        </message>
        <message>
            <source>Accept the weight</source>
            <translation>Godkend vægten</translation>
        </message>
        <message>
            <source>Weighing message</source>
            <translation>Besked om vejningen</translation>
        </message>
        <message>
            <source>Why the syringe is prepared again</source>
            <translation>Hvorfor sprøjten klargøres igen</translation>
        </message>
        <message>
            <source>&amp;Redo with this reason</source>
            <translation>&amp;Gentag med denne begrundelse</translation>
        </message>
        <message>
            <source>Prepare again</source>
            <translation>Klargør igen</translation>
        </message>
        <message>
            <source>Continue to &amp;label</source>
            <translation>Fortsæt til &amp;etiket</translation>
        </message>
        <message>
            <source>Continue to label</source>
            <translation>Fortsæt til etiket</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;Afslut besøg</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Afslut besøg</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Batch</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <source>Reading the solution batches…</source>
            <translation>Opløsningsbatchene læses…</translation>
        </message>
        <message>
            <source>The solution batches could not be read: {error}</source>
            <translation>Opløsningsbatchene kunne ikke læses: {error}</translation>
        </message>
        <message>
            <source>No usable solution batch: ask the pharmacist to prepare one.</source>
            <translation>Ingen brugbar opløsningsbatch: bed farmaceuten om at fremstille en.</translation>
        </message>
        <message>
            <source>Lot {lot}, {concentration}, density {density}, use by {expiry}</source>
            <translation>Lot {lot}, {concentration}, densitet {density}, anvendes senest {expiry}</translation>
        </message>
        <message>
            <source>1. Put the empty syringe on the scale and press Tare.  2. Fill it to {volume} and put it back on the scale.  3. Press Accept when the weight is stable.</source>
            <translation>1. Læg den tomme sprøjte på vægten, og tryk Tarér.  2. Fyld den til {volume}, og læg den tilbage på vægten.  3. Tryk Godkend, når vægten er stabil.</translation>
        </message>
        <message>
            <source>NO SCALE</source>
            <translation>INGEN VÆGT</translation>
        </message>
        <message>
            <source>The scale is connected again. Tare the empty syringe again.</source>
            <translation>Vægten er tilsluttet igen. Tarér den tomme sprøjte igen.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABIL</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>bevæger sig…</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Tarerer…</translation>
        </message>
        <message>
            <source>Tared. Fill the syringe, put it on the scale, then press Accept.</source>
            <translation>Tareret. Fyld sprøjten, læg den på vægten, og tryk så Godkend.</translation>
        </message>
        <message>
            <source>Waiting for a stable, confirmed weight…</source>
            <translation>Venter på en stabil, bekræftet vægt…</translation>
        </message>
        <message>
            <source>Accepted: {measured} = {mg} prepared. {explanation}</source>
            <translation>Godkendt: {measured} = {mg} klargjort. {explanation}</translation>
        </message>
        <message>
            <source>Not accepted, outside the tolerance: {explanation} Choose why and prepare again.</source>
            <translation>Ikke godkendt, uden for tolerancen: {explanation} Vælg hvorfor, og klargør igen.</translation>
        </message>
        <message>
            <source>No weight accepted: {why}</source>
            <translation>Ingen vægt godkendt: {why}</translation>
        </message>
        <message>
            <source>Adjust the syringe and press Accept again.</source>
            <translation>Justér sprøjten, og tryk Godkend igen.</translation>
        </message>
        <message>
            <source>The redo was not recorded: {error}. It is kept with the dose.</source>
            <translation>Gentagelsen blev ikke registreret: {error}. Den gemmes sammen med dosen.</translation>
        </message>
    </context>
    <context>
        <name>Prescriber</name>
        <message>
            <source>induction</source>
            <translation>induktion</translation>
        </message>
        <message>
            <source>titration</source>
            <translation>titrering</translation>
        </message>
        <message>
            <source>maintenance</source>
            <translation>vedligeholdelse</translation>
        </message>
        <message>
            <source>taper</source>
            <translation>nedtrapning</translation>
        </message>
        <message>
            <source>clinic's default</source>
            <translation>klinikkens standard</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspace</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Ordinerende læges arbejdsplads</translation>
        </message>
        <message>
            <source>Prescriber — {name}</source>
            <translation>Ordinerende læge — {name}</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Hvad kræver opmærksomhed</translation>
        </message>
        <message>
            <source>Patients and their active orders</source>
            <translation>Patienter og deres aktive ordinationer</translation>
        </message>
        <message>
            <source>Orders due for review</source>
            <translation>Ordinationer til gennemgang</translation>
        </message>
        <message>
            <source>Orders expiring soon</source>
            <translation>Ordinationer, der snart udløber</translation>
        </message>
        <message>
            <source>Expired orders</source>
            <translation>Udløbne ordinationer</translation>
        </message>
        <message>
            <source>Prescriber's lists</source>
            <translation>Ordinerende læges lister</translation>
        </message>
        <message>
            <source>Prescriber message</source>
            <translation>Besked til ordinerende læge</translation>
        </message>
        <message>
            <source>The chosen order</source>
            <translation>Den valgte ordination</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-id</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Lægemiddel og form</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Pr. tidsrum</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Pr. dag</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Tidsrum</translation>
        </message>
        <message>
            <source>Minimum interval</source>
            <translation>Mindste interval</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Gennemgang den</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signeret af</translation>
        </message>
        <message>
            <source>&amp;New order…</source>
            <translation>&amp;Ny ordination…</translation>
        </message>
        <message>
            <source>Write a new order</source>
            <translation>Skriv en ny ordination</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Ændr…</translation>
        </message>
        <message>
            <source>Change the chosen order</source>
            <translation>Ændr den valgte ordination</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Forny…</translation>
        </message>
        <message>
            <source>Renew the chosen order</source>
            <translation>Forny den valgte ordination</translation>
        </message>
        <message>
            <source>S&amp;top…</source>
            <translation>S&amp;top…</translation>
        </message>
        <message>
            <source>Stop the chosen order</source>
            <translation>Stop den valgte ordination</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <source>Read the lists again</source>
            <translation>Læs listerne igen</translation>
        </message>
        <message>
            <source>&amp;1 Patients and active orders</source>
            <translation>&amp;1 Patienter og aktive ordinationer</translation>
        </message>
        <message>
            <source>&amp;2 Reviews due ({n})</source>
            <translation>&amp;2 Gennemgange til tiden ({n})</translation>
        </message>
        <message>
            <source>&amp;3 Expiring within {days} days ({n})</source>
            <translation>&amp;3 Udløber inden for {days} dage ({n})</translation>
        </message>
        <message>
            <source>&amp;4 Expired ({n})</source>
            <translation>&amp;4 Udløbet ({n})</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>gennemgang forfalden</translation>
        </message>
        <message>
            <source>expiring</source>
            <translation>udløber snart</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>udløbet</translation>
        </message>
        <message>
            <source>{patients} patients, {active} active orders; {reviews} reviews due, {expiring} expiring within {days} days, {expired} expired (today {today}).</source>
            <translation>{patients} patienter, {active} aktive ordinationer; {reviews} gennemgange forfaldne, {expiring} udløber inden for {days} dage, {expired} udløbet (i dag {today}).</translation>
        </message>
        <message>
            <source>not on this station's roster</source>
            <translation>ikke på denne stations liste</translation>
        </message>
        <message>
            <source>no signed order</source>
            <translation>ingen signeret ordination</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>+{step} every {days} d up to {target}</source>
            <translation>+{step} hver {days}. dag op til {target}</translation>
        </message>
        <message>
            <source>−{percent} % every {days} d down to {target}</source>
            <translation>−{percent} % hver {days}. dag ned til {target}</translation>
        </message>
        <message>
            <source>brought over, unsigned</source>
            <translation>overført, usigneret</translation>
        </message>
        <message>
            <source>{clinic_id}: no signed order active today.</source>
            <translation>{clinic_id}: ingen signeret ordination aktiv i dag.</translation>
        </message>
        <message>
            <source>{clinic_id} {name}: {drug}, {session} per session, {day} per day, {sessions} sessions, interval {interval}; valid {start} to {end}; review {review}; plan: {plan}. Note for the counter: {note}. Version {version}, signed as prescribed by {signer} on {signed_day} at {signed_time}.</source>
            <translation>{clinic_id} {name}: {drug}, {session} pr. tidsrum, {day} pr. dag, {sessions} tidsrum, interval {interval}; gyldig {start} til {end}; gennemgang {review}; plan: {plan}. Note til skranken: {note}. Version {version}, signeret som ordineret af {signer} den {signed_day} kl. {signed_time}.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>uden slutdato</translation>
        </message>
        <message>
            <source>Choose an order in the list first.</source>
            <translation>Vælg først en ordination på listen.</translation>
        </message>
        <message>
            <source>Order signed: version {version} by {name}.</source>
            <translation>Ordination signeret: version {version} af {name}.</translation>
        </message>
        <message>
            <source>Scans are not used in the prescriber's workspace.</source>
            <translation>Scanninger bruges ikke i den ordinerende læges arbejdsplads.</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspaceDialog</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Ordinerende læges arbejdsplads</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Close the prescriber's workspace</source>
            <translation>Luk den ordinerende læges arbejdsplads</translation>
        </message>
    </context>
    <context>
        <name>PrinterChecks</name>
        <message>
            <source>Label printer</source>
            <translation>Etiketprinter</translation>
        </message>
        <message>
            <source>Printer checks</source>
            <translation>Printertjek</translation>
        </message>
        <message>
            <source>Ask the printer</source>
            <translation>Spørg printeren</translation>
        </message>
        <message>
            <source>Printer stat&amp;us</source>
            <translation>Printerstat&amp;us</translation>
        </message>
        <message>
            <source>Print a test label</source>
            <translation>Udskriv en testetiket</translation>
        </message>
        <message>
            <source>Print a test la&amp;bel</source>
            <translation>Udskriv en test&amp;etiket</translation>
        </message>
        <message>
            <source>Configuration &amp;dump</source>
            <translation>Konfigurations&amp;udtræk</translation>
        </message>
        <message>
            <source>Show the printer's configuration</source>
            <translation>Vis printerens konfiguration</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>Printerstatus</translation>
        </message>
        <message>
            <source>Printer configuration</source>
            <translation>Printerens konfiguration</translation>
        </message>
        <message>
            <source>Printer message</source>
            <translation>Besked fra printeren</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printeren</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Ingen printer er tilsluttet.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>klar</translation>
        </message>
        <message>
            <source>not ready: {faults}</source>
            <translation>ikke klar: {faults}</translation>
        </message>
        <message>
            <source>{ready}. Formats in buffer {formats}, labels remaining {labels}, label length {length} dots, {mode}; printer line {baud} baud {bits} data bits parity {parity}.</source>
            <translation>{ready}. Formater i bufferen {formats}, resterende etiketter {labels}, etiketlængde {length} punkter, {mode}; printerlinje {baud} baud {bits} databit paritet {parity}.</translation>
        </message>
        <message>
            <source>The printer answered.</source>
            <translation>Printeren svarede.</translation>
        </message>
        <message>
            <source>Test label printed: {bytes} bytes in {seconds} s.</source>
            <translation>Testetiket udskrevet: {bytes} byte på {seconds} s.</translation>
        </message>
        <message>
            <source>Configuration read.</source>
            <translation>Konfigurationen er læst.</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Klinik-id</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Ventet</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>Queue</source>
            <translation>Kø</translation>
        </message>
        <message>
            <source>Check in a patient</source>
            <translation>Tjek en patient ind</translation>
        </message>
        <message>
            <source>scan a card or type a clinic number</source>
            <translation>scan et kort eller skriv et kliniknummer</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Tjek ind</translation>
        </message>
        <message>
            <source>Check the patient in</source>
            <translation>Tjek patienten ind</translation>
        </message>
        <message>
            <source>Patients waiting</source>
            <translation>Ventende patienter</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>Kald næste</translation>
        </message>
        <message>
            <source>Call the next patient due</source>
            <translation>Kald den næste patient, der står for tur</translation>
        </message>
        <message>
            <source>Call the patient who has waited longest of those due ({key})</source>
            <translation>Kald den patient, der har ventet længst af dem, der står for tur ({key})</translation>
        </message>
        <message>
            <source>Went away</source>
            <translation>Gik igen</translation>
        </message>
        <message>
            <source>The chosen patient left the queue</source>
            <translation>Den valgte patient forlod køen</translation>
        </message>
        <message>
            <source>Queue message</source>
            <translation>Besked om køen</translation>
        </message>
        <message>
            <source>Scan a card or type a clinic number first.</source>
            <translation>Scan først et kort eller skriv et kliniknummer.</translation>
        </message>
        <message>
            <source>{clinic_id} is in the queue.</source>
            <translation>{clinic_id} er i køen.</translation>
        </message>
        <message>
            <source>Nobody due is waiting.</source>
            <translation>Ingen, der står for tur, venter.</translation>
        </message>
        <message>
            <source>Called {clinic_id}.</source>
            <translation>{clinic_id} er kaldt.</translation>
        </message>
        <message>
            <source>{clinic_id} checked in without a card: scan it at the window.</source>
            <translation>{clinic_id} er tjekket ind uden kort: scan det ved lugen.</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Vælg først patienten på listen.</translation>
        </message>
    </context>
    <context>
        <name>RawMonitor</name>
        <message>
            <source>Start raw monitor</source>
            <translation>Start råmonitor</translation>
        </message>
        <message>
            <source>Start or stop the {device}'s raw monitor</source>
            <translation>Start eller stop råmonitoren for {device}</translation>
        </message>
        <message>
            <source>Raw traffic of the {device}</source>
            <translation>Rå trafik for {device}</translation>
        </message>
        <message>
            <source>Stop raw monitor</source>
            <translation>Stop råmonitor</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>identified by clinic card and photo</source>
            <translation>identificeret med klinikkort og foto</translation>
        </message>
        <message>
            <source>identified by name and birth date, with a witness</source>
            <translation>identificeret med navn og fødselsdato, med et vidne</translation>
        </message>
        <message>
            <source>identified without a card and without a witness</source>
            <translation>identificeret uden kort og uden vidne</translation>
        </message>
        <message>
            <source>the witness is the person who identified</source>
            <translation>vidnet er den person, der identificerede</translation>
        </message>
        <message>
            <source>identity not confirmed</source>
            <translation>identitet ikke bekræftet</translation>
        </message>
        <message>
            <source>one active prescription for the drug</source>
            <translation>én aktiv ordination på lægemidlet</translation>
        </message>
        <message>
            <source>no active prescription for the drug on this day</source>
            <translation>ingen aktiv ordination på lægemidlet denne dag</translation>
        </message>
        <message>
            <source>more than one active prescription for the drug</source>
            <translation>mere end én aktiv ordination på lægemidlet</translation>
        </message>
        <message>
            <source>no stop-dose flag</source>
            <translation>intet stop-dosis-flag</translation>
        </message>
        <message>
            <source>a stop-dose flag is set</source>
            <translation>et stop-dosis-flag er sat</translation>
        </message>
        <message>
            <source>this station holds the (patient, session) lease</source>
            <translation>denne station har reservationen for (patient, tidsrum)</translation>
        </message>
        <message>
            <source>another station holds the (patient, session) lease</source>
            <translation>en anden station har reservationen for (patient, tidsrum)</translation>
        </message>
        <message>
            <source>offline, and this is the patient's home station</source>
            <translation>offline, og dette er patientens hjemstation</translation>
        </message>
        <message>
            <source>offline, and this is not the patient's home station</source>
            <translation>offline, og dette er ikke patientens hjemstation</translation>
        </message>
        <message>
            <source>no dose yet in this session</source>
            <translation>ingen dosis endnu i dette tidsrum</translation>
        </message>
        <message>
            <source>outside every session window</source>
            <translation>uden for alle doseringstidsrum</translation>
        </message>
        <message>
            <source>a full dose was already given in this session</source>
            <translation>en fuld dosis er allerede givet i dette tidsrum</translation>
        </message>
        <message>
            <source>a partial dose was given in this session</source>
            <translation>en delvis dosis er givet i dette tidsrum</translation>
        </message>
        <message>
            <source>the prescribed sessions for the day are used up</source>
            <translation>dagens ordinerede tidsrum er brugt op</translation>
        </message>
        <message>
            <source>induction day 1: several doses per session</source>
            <translation>induktion dag 1: flere doser pr. tidsrum</translation>
        </message>
        <message>
            <source>the previous observation is closed</source>
            <translation>den forrige observation er afsluttet</translation>
        </message>
        <message>
            <source>the previous observation is still open</source>
            <translation>den forrige observation er stadig åben</translation>
        </message>
        <message>
            <source>induction day 1: observation continues</source>
            <translation>induktion dag 1: observationen fortsætter</translation>
        </message>
        <message>
            <source>no pre-dose assessment</source>
            <translation>ingen vurdering før dosis</translation>
        </message>
        <message>
            <source>the pre-dose assessment is too old (or in the future)</source>
            <translation>vurderingen før dosis er for gammel (eller ligger i fremtiden)</translation>
        </message>
        <message>
            <source>assessment negative</source>
            <translation>vurdering uden tegn på påvirkning</translation>
        </message>
        <message>
            <source>severe sedation: refused</source>
            <translation>svær sedation: afvist</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule refuses</source>
            <translation>påvirket; klinikkens regel afviser</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule reduces the dose</source>
            <translation>påvirket; klinikkens regel nedsætter dosis</translation>
        </message>
        <message>
            <source>intoxicated; proposed dose above the reduced dose</source>
            <translation>påvirket; foreslået dosis over den nedsatte dosis</translation>
        </message>
        <message>
            <source>the proposed dose is 0 mg</source>
            <translation>den foreslåede dosis er 0 mg</translation>
        </message>
        <message>
            <source>within the prescribed per-session maximum</source>
            <translation>inden for det ordinerede maksimum pr. tidsrum</translation>
        </message>
        <message>
            <source>above the prescribed per-session maximum</source>
            <translation>over det ordinerede maksimum pr. tidsrum</translation>
        </message>
        <message>
            <source>within every daily maximum</source>
            <translation>inden for alle daglige maksima</translation>
        </message>
        <message>
            <source>above the prescription's daily maximum</source>
            <translation>over ordinationens daglige maksimum</translation>
        </message>
        <message>
            <source>above the clinic's daily DAM maximum</source>
            <translation>over klinikkens daglige maksimum for diacetylmorfin</translation>
        </message>
        <message>
            <source>above the clinic's daily methadone maximum alongside DAM</source>
            <translation>over klinikkens daglige maksimum for metadon sammen med diacetylmorfin</translation>
        </message>
        <message>
            <source>no earlier dose on record</source>
            <translation>ingen tidligere dosis registreret</translation>
        </message>
        <message>
            <source>the minimum interval has passed</source>
            <translation>minimumsintervallet er gået</translation>
        </message>
        <message>
            <source>top-up after a partial dose in the same session</source>
            <translation>supplerende dosis efter en delvis dosis i samme tidsrum</translation>
        </message>
        <message>
            <source>the minimum interval has not passed</source>
            <translation>minimumsintervallet er ikke gået</translation>
        </message>
        <message>
            <source>induction: first dose cap</source>
            <translation>induktion: loft for første dosis</translation>
        </message>
        <message>
            <source>induction: second dose cap</source>
            <translation>induktion: loft for anden dosis</translation>
        </message>
        <message>
            <source>induction day 1: per-dose cap</source>
            <translation>induktion dag 1: loft pr. dosis</translation>
        </message>
        <message>
            <source>induction: above the cap</source>
            <translation>induktion: over loftet</translation>
        </message>
        <message>
            <source>induction day 1: doses too close together</source>
            <translation>induktion dag 1: doserne for tæt på hinanden</translation>
        </message>
        <message>
            <source>induction phase past day 1: titration rules apply</source>
            <translation>induktionsfase efter dag 1: titreringsreglerne gælder</translation>
        </message>
        <message>
            <source>titration: within 50 % of yesterday's total</source>
            <translation>titrering: inden for 50 % af gårsdagens samlede dosis</translation>
        </message>
        <message>
            <source>titration: above 50 % of yesterday's total</source>
            <translation>titrering: over 50 % af gårsdagens samlede dosis</translation>
        </message>
        <message>
            <source>titration: nothing given yesterday</source>
            <translation>titrering: intet givet i går</translation>
        </message>
        <message>
            <source>titration: within the allowed rise over the last dose</source>
            <translation>titrering: inden for den tilladte stigning i forhold til sidste dosis</translation>
        </message>
        <message>
            <source>titration: above the allowed rise over the last dose</source>
            <translation>titrering: over den tilladte stigning i forhold til sidste dosis</translation>
        </message>
        <message>
            <source>titration: no earlier dose to rise from</source>
            <translation>titrering: ingen tidligere dosis at øge fra</translation>
        </message>
        <message>
            <source>fewer missed days than the warning threshold</source>
            <translation>færre udeblevne dage end advarselsgrænsen</translation>
        </message>
        <message>
            <source>a new induction after a break</source>
            <translation>en ny induktion efter en pause</translation>
        </message>
        <message>
            <source>consecutive missed days: first warning threshold</source>
            <translation>udeblevne dage i træk: første advarselsgrænse</translation>
        </message>
        <message>
            <source>consecutive missed days: second warning threshold</source>
            <translation>udeblevne dage i træk: anden advarselsgrænse</translation>
        </message>
        <message>
            <source>after the break a clinician must review</source>
            <translation>efter pausen skal en behandler gennemgå patienten</translation>
        </message>
        <message>
            <source>after the break the dose is capped</source>
            <translation>efter pausen har dosis et loft</translation>
        </message>
        <message>
            <source>after the break, above the cap</source>
            <translation>efter pausen, over loftet</translation>
        </message>
        <message>
            <source>a clinician reviewed the patient after the break</source>
            <translation>en behandler har gennemgået patienten efter pausen</translation>
        </message>
        <message>
            <source>a dose in the history is stamped in the future: a clock is wrong</source>
            <translation>en dosis i historikken er tidsstemplet i fremtiden: et ur går forkert</translation>
        </message>
        <message>
            <source>this station's clock differs from the server's</source>
            <translation>denne stations ur afviger fra serverens</translation>
        </message>
        <message>
            <source>within today's step of the prescriber's dose plan</source>
            <translation>inden for dagens trin i den ordinerende læges dosisplan</translation>
        </message>
        <message>
            <source>above today's step of the prescriber's dose plan</source>
            <translation>over dagens trin i den ordinerende læges dosisplan</translation>
        </message>
        <message>
            <source>the prescription ends within the warning days</source>
            <translation>ordinationen udløber inden for advarselsdagene</translation>
        </message>
        <message>
            <source>the prescriber's review day has passed</source>
            <translation>den ordinerende læges gennemgangsdag er overskredet</translation>
        </message>
        <message>
            <source>A new induction started after the break; the induction rules apply.</source>
            <translation>En ny induktion er startet efter pausen; induktionsreglerne gælder.</translation>
        </message>
        <message>
            <source>Already dosed earlier today.</source>
            <translation>Allerede doseret tidligere i dag.</translation>
        </message>
        <message>
            <source>Another station is dosing this patient in this session right now; do not dose.</source>
            <translation>En anden station doserer denne patient i dette tidsrum lige nu; dosér ikke.</translation>
        </message>
        <message>
            <source>Enter a dose above 0 mg.</source>
            <translation>Indtast en dosis over 0 mg.</translation>
        </message>
        <message>
            <source>Identified without a card: a second staff member must witness the identification before dosing.</source>
            <translation>Identificeret uden kort: en anden medarbejder skal bevidne identifikationen før dosering.</translation>
        </message>
        <message>
            <source>Identity confirmed by name and birth date, witnessed by a second staff member.</source>
            <translation>Identitet bekræftet med navn og fødselsdato, bevidnet af en anden medarbejder.</translation>
        </message>
        <message>
            <source>Identity confirmed with the clinic card and photo.</source>
            <translation>Identitet bekræftet med klinikkort og foto.</translation>
        </message>
        <message>
            <source>Induction day 1 is over: the titration rules apply.</source>
            <translation>Induktionsdag 1 er slut: titreringsreglerne gælder.</translation>
        </message>
        <message>
            <source>Induction day 1: several doses in one session are allowed under the induction rules.</source>
            <translation>Induktion dag 1: flere doser i samme tidsrum er tilladt efter induktionsreglerne.</translation>
        </message>
        <message>
            <source>Induction day 1: the observation of the previous dose is still running; keep watching and restart it with this dose.</source>
            <translation>Induktion dag 1: observationen af den forrige dosis kører stadig; fortsæt observationen, og start den forfra med denne dosis.</translation>
        </message>
        <message>
            <source>It is outside the clinic's dosing sessions: a second staff member must approve with a reason.</source>
            <translation>Det er uden for klinikkens doseringstidsrum: en anden medarbejder skal godkende med en begrundelse.</translation>
        </message>
        <message>
            <source>No earlier dose is on record.</source>
            <translation>Ingen tidligere dosis er registreret.</translation>
        </message>
        <message>
            <source>No other station is dosing this patient in this session.</source>
            <translation>Ingen anden station doserer denne patient i dette tidsrum.</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Intet stop-dosis-flag er sat.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: another station may already have dosed, so a second staff member must approve with a reason.</source>
            <translation>Offline, og dette er ikke patientens hjemstation: en anden station kan allerede have doseret, så en anden medarbejder skal godkende med en begrundelse.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: dose at the home station or wait until this station is back online.</source>
            <translation>Offline, og dette er ikke patientens hjemstation: dosér på hjemstationen, eller vent, til denne station er online igen.</translation>
        </message>
        <message>
            <source>Offline: this is the patient's home station, so it may dose; doses given elsewhere show up after the next sync.</source>
            <translation>Offline: dette er patientens hjemstation, så den må dosere; doser givet andre steder vises efter næste synkronisering.</translation>
        </message>
        <message>
            <source>Record the pre-dose assessment (sedation, and breath alcohol if used) first.</source>
            <translation>Registrér først vurderingen før dosis (sedation og udåndingsalkohol, hvis det bruges).</translation>
        </message>
        <message>
            <source>The last dose in this session was partial; the interval does not apply.</source>
            <translation>Den sidste dosis i dette tidsrum var delvis; intervallet gælder ikke.</translation>
        </message>
        <message>
            <source>The patient's identity is not confirmed: scan the card, or identify with a witness.</source>
            <translation>Patientens identitet er ikke bekræftet: scan kortet, eller identificér med et vidne.</translation>
        </message>
        <message>
            <source>The previous observation is closed.</source>
            <translation>Den forrige observation er afsluttet.</translation>
        </message>
        <message>
            <source>The previous observation is still open: discharge the patient from it first.</source>
            <translation>Den forrige observation er stadig åben: afslut først patientens observation.</translation>
        </message>
        <message>
            <source>The witness must be a different staff member from the one who identified the patient.</source>
            <translation>Vidnet skal være en anden medarbejder end den, der identificerede patienten.</translation>
        </message>
        <message>
            <source>Titration: no dose was given yesterday, so today's maximum cannot be set; a clinic lead must review.</source>
            <translation>Titrering: der blev ikke givet nogen dosis i går, så dagens maksimum kan ikke fastsættes; en klinikleder skal tage stilling.</translation>
        </message>
        <message>
            <source>Titration: there is no earlier dose to rise from; a clinic lead must review.</source>
            <translation>Titrering: der er ingen tidligere dosis at øge fra; en klinikleder skal tage stilling.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed today's step of the dose plan ({cap} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg ville overskride dagens trin i dosisplanen ({cap} mg): {given} mg givet i dag, højst {remaining} mg mere.</translation>
        </message>
        <message>
            <source>Today's step of the dose plan is {cap} mg: {given} mg given, up to {remaining} mg more.</source>
            <translation>Dagens trin i dosisplanen er {cap} mg: {given} mg givet, op til {remaining} mg mere.</translation>
        </message>
        <message>
            <source>The prescription for {drug} ends on {until} ({days} day(s) left): ask the prescriber to renew it.</source>
            <translation>Ordinationen på {drug} udløber den {until} ({days} dag(e) tilbage): bed den ordinerende læge forny den.</translation>
        </message>
        <message>
            <source>The prescriber's review of this prescription was due on {review_on}: tell the prescriber.</source>
            <translation>Den ordinerende læges gennemgang af denne ordination skulle have været den {review_on}: giv den ordinerende læge besked.</translation>
        </message>
        <message>
            <source>There is no active prescription for {drug} today.</source>
            <translation>Der er ingen aktiv ordination på {drug} i dag.</translation>
        </message>
        <message>
            <source>There are {count} active prescriptions for {drug} today; a clinic lead must end all but one.</source>
            <translation>Der er {count} aktive ordinationer på {drug} i dag; en klinikleder skal afslutte alle på nær én.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, until {until}.</source>
            <translation>Aktiv ordination på {drug}: højst {per_session} mg pr. tidsrum og {per_day} mg pr. dag, indtil {until}.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, with no end date.</source>
            <translation>Aktiv ordination på {drug}: højst {per_session} mg pr. tidsrum og {per_day} mg pr. dag, uden slutdato.</translation>
        </message>
        <message>
            <source>A stop-dose flag is set ({flags}); a prescriber or a clinic lead lifts it.</source>
            <translation>Et stop-dosis-flag er sat ({flags}); en ordinerende læge eller en klinikleder ophæver det.</translation>
        </message>
        <message>
            <source>This station's clock is {ahead_by} ahead of the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>Denne stations ur går {ahead_by} foran den centrale servers: serverens tid bruges til dette besøg. Få stationens ur stillet rigtigt.</translation>
        </message>
        <message>
            <source>This station's clock is {behind_by} behind the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>Denne stations ur går {behind_by} bagefter den centrale servers: serverens tid bruges til dette besøg. Få stationens ur stillet rigtigt.</translation>
        </message>
        <message>
            <source>A dose recorded at this station is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>En dosis registreret på denne station er tidsstemplet {ahead} ude i fremtiden: den stations ur går forkert. Dosen tæller som givet nu; få uret stillet rigtigt, og bed en klinikleder om at rette dosens tidspunkt.</translation>
        </message>
        <message>
            <source>A dose recorded at station {station} is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>En dosis registreret på station {station} er tidsstemplet {ahead} ude i fremtiden: den stations ur går forkert. Dosen tæller som givet nu; få uret stillet rigtigt, og bed en klinikleder om at rette dosens tidspunkt.</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}).</source>
            <translation>{given} mg er allerede givet i dette tidsrum ({session}).</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}); a second dose needs a second staff member's approval.</source>
            <translation>{given} mg er allerede givet i dette tidsrum ({session}); en dosis mere kræver godkendelse fra en anden medarbejder.</translation>
        </message>
        <message>
            <source>A partial or failed injection (counted as {given} mg) was recorded in this session; another dose needs a second staff member's approval.</source>
            <translation>En delvis eller mislykket injektion (regnet som {given} mg) er registreret i dette tidsrum; en dosis mere kræver godkendelse fra en anden medarbejder.</translation>
        </message>
        <message>
            <source>All {count} prescribed sessions for today have been dosed.</source>
            <translation>Alle dagens {count} ordinerede tidsrum er doseret.</translation>
        </message>
        <message>
            <source>No dose given yet in the {session} session.</source>
            <translation>Ingen dosis givet endnu i tidsrummet {session}.</translation>
        </message>
        <message>
            <source>The pre-dose assessment is not from the last {within}: assess the patient again.</source>
            <translation>Vurderingen før dosis er ikke fra de sidste {within}: vurdér patienten igen.</translation>
        </message>
        <message>
            <source>Sedation score {sedation}: no dose now; assess the patient again later.</source>
            <translation>Sedationsscore {sedation}: ingen dosis nu; vurdér patienten igen senere.</translation>
        </message>
        <message>
            <source>Pre-dose assessment shows no intoxication (sedation score {sedation}).</source>
            <translation>Vurderingen før dosis viser ingen tegn på påvirkning (sedationsscore {sedation}).</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): no dose now by clinic rule; assess again later.</source>
            <translation>Tegn på påvirkning (sedationsscore {sedation}): ingen dosis nu ifølge klinikkens regel; vurdér igen senere.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Tegn på påvirkning (udåndingsalkohol {alcohol} ‰): ingen dosis nu ifølge klinikkens regel; vurdér igen senere.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Tegn på påvirkning (sedationsscore {sedation} og udåndingsalkohol {alcohol} ‰): ingen dosis nu ifølge klinikkens regel; vurdér igen senere.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Tegn på påvirkning (sedationsscore {sedation}): højst {cap} mg ({share} % af den ordinerede dosis) ifølge klinikkens regel.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Tegn på påvirkning (udåndingsalkohol {alcohol} ‰): højst {cap} mg ({share} % af den ordinerede dosis) ifølge klinikkens regel.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Tegn på påvirkning (sedationsscore {sedation} og udåndingsalkohol {alcohol} ‰): højst {cap} mg ({share} % af den ordinerede dosis) ifølge klinikkens regel.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session: at most {cap} mg.</source>
            <translation>{proposed} mg er over det ordinerede maksimum på {per_session} mg pr. tidsrum: højst {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session ({given} mg already given this session): at most {cap} mg.</source>
            <translation>{proposed} mg er over det ordinerede maksimum på {per_session} mg pr. tidsrum ({given} mg allerede givet i dette tidsrum): højst {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session.</source>
            <translation>{proposed} mg er inden for de ordinerede {per_session} mg pr. tidsrum.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session ({given} mg already given this session).</source>
            <translation>{proposed} mg er inden for de ordinerede {per_session} mg pr. tidsrum ({given} mg allerede givet i dette tidsrum).</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the prescribed daily maximum ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg ville overskride det ordinerede daglige maksimum ({limit} mg): {given} mg givet i dag, højst {remaining} mg mere.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg ville overskride klinikkens daglige maksimum for diacetylmorfin ({limit} mg): {given} mg givet i dag, højst {remaining} mg mere.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of methadone alongside diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg ville overskride klinikkens daglige maksimum for metadon sammen med diacetylmorfin ({limit} mg): {given} mg givet i dag, højst {remaining} mg mere.</translation>
        </message>
        <message>
            <source>{given} mg given today; up to {more} mg more is within every daily maximum.</source>
            <translation>{given} mg givet i dag; op til {more} mg mere er inden for alle daglige maksima.</translation>
        </message>
        <message>
            <source>The last dose was at {last}; the next may be given from {next} (at least {interval} apart).</source>
            <translation>Sidste dosis blev givet {last}; den næste kan gives fra {next} (mindst {interval} imellem).</translation>
        </message>
        <message>
            <source>The last dose was at {last}, more than {interval} ago.</source>
            <translation>Sidste dosis blev givet {last}, for mere end {interval} siden.</translation>
        </message>
        <message>
            <source>Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>Induktion: den første dosis må højst være {first_cap} mg; observér nøje.</translation>
        </message>
        <message>
            <source>Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>Induktion: en anden dosis på højst {second_cap} mg må følge straks.</translation>
        </message>
        <message>
            <source>Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>Induktion dag 1: hver yderligere dosis må højst være {cap} mg, med mindst {interval} imellem.</translation>
        </message>
        <message>
            <source>Induction day 1: doses at least {interval} apart; the next may be given from {next}.</source>
            <translation>Induktion dag 1: mindst {interval} mellem doserne; den næste kan gives fra {next}.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>{proposed} mg er for meget. Induktion: den første dosis må højst være {first_cap} mg; observér nøje.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>{proposed} mg er for meget. Induktion: en anden dosis på højst {second_cap} mg må følge straks.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>{proposed} mg er for meget. Induktion dag 1: hver yderligere dosis må højst være {cap} mg, med mindst {interval} imellem.</translation>
        </message>
        <message>
            <source>Titration: each dose today may be at most {cap} mg ({share} % of yesterday's total of {total} mg).</source>
            <translation>Titrering: hver dosis i dag må højst være {cap} mg ({share} % af gårsdagens samlede {total} mg).</translation>
        </message>
        <message>
            <source>Titration: a dose may rise by at most {rise} % over the last dose of {last} mg: at most {cap} mg.</source>
            <translation>Titrering: en dosis må højst stige {rise} % i forhold til sidste dosis på {last} mg: højst {cap} mg.</translation>
        </message>
        <message>
            <source>Missed days since the last dose: {missed}.</source>
            <translation>Udeblevne dage siden sidste dosis: {missed}.</translation>
        </message>
        <message>
            <source>The cap after the {break_days}-day break has ended.</source>
            <translation>Loftet efter pausen på {break_days} dage er ophørt.</translation>
        </message>
        <message>
            <source>{missed} consecutive days without a dose: tolerance may be lower and the overdose risk higher; write a comment.</source>
            <translation>{missed} dage i træk uden dosis: tolerancen kan være lavere og risikoen for overdosis højere; skriv en kommentar.</translation>
        </message>
        <message>
            <source>A clinician reviewed the patient after the {missed}-day break.</source>
            <translation>En behandler har gennemgået patienten efter pausen på {missed} dage.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose a clinician must review the patient before dosing (the review is recorded by a clinic lead).</source>
            <translation>Efter {missed} dage uden dosis skal en behandler gennemgå patienten før dosering (gennemgangen registreres af en klinikleder).</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), until a clinic lead records a review.</source>
            <translation>Efter {missed} dage uden dosis højst {cap} mg pr. dosis ({share} % af sidste dosis på {basis} mg), indtil en klinikleder registrerer en gennemgang.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), for {days} day(s) from {since}.</source>
            <translation>Efter {missed} dage uden dosis højst {cap} mg pr. dosis ({share} % af sidste dosis på {basis} mg), i {days} dag(e) fra {since}.</translation>
        </message>
        <message>
            <source>diacetylmorphine IV</source>
            <translation>diacetylmorfin i.v.</translation>
        </message>
        <message>
            <source>diacetylmorphine IM</source>
            <translation>diacetylmorfin i.m.</translation>
        </message>
        <message>
            <source>diacetylmorphine oral</source>
            <translation>diacetylmorfin p.o.</translation>
        </message>
        <message>
            <source>methadone oral</source>
            <translation>metadon p.o.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} t {minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} t</translation>
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
            <translation>Scan pakningens DataMatrix-kode med scanneren, eller skriv den nedenfor (skriv &lt;GS&gt; for gruppeseparatoren), og tryk Enter.</translation>
        </message>
        <message>
            <source>How to receive a pack</source>
            <translation>Sådan modtages en pakning</translation>
        </message>
        <message>
            <source>Pack code</source>
            <translation>Pakningskode</translation>
        </message>
        <message>
            <source>scan or type the pack code</source>
            <translation>scan eller skriv pakningskoden</translation>
        </message>
        <message>
            <source>&amp;Read code</source>
            <translation>&amp;Læs kode</translation>
        </message>
        <message>
            <source>Read the pack code</source>
            <translation>Læs pakningskoden</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Udløb</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <source>Code type</source>
            <translation>Kodetype</translation>
        </message>
        <message>
            <source>Ampoules received</source>
            <translation>Modtagne ampuller</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Modtaget mængde</translation>
        </message>
        <message>
            <source>Re&amp;ceive</source>
            <translation>&amp;Modtag</translation>
        </message>
        <message>
            <source>Receive this pack</source>
            <translation>Modtag denne pakning</translation>
        </message>
        <message>
            <source>Receiving message</source>
            <translation>Besked om modtagelsen</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pakning</translation>
        </message>
        <message>
            <source>&amp;Ampoules</source>
            <translation>&amp;Ampuller</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Mængde</translation>
        </message>
        <message>
            <source>New product for the catalogue</source>
            <translation>Nyt produkt til kataloget</translation>
        </message>
        <message>
            <source>Product number</source>
            <translation>Produktnummer</translation>
        </message>
        <message>
            <source>Substance</source>
            <translation>Stof</translation>
        </message>
        <message>
            <source>e.g. diacetylmorphine</source>
            <translation>f.eks. diacetylmorfin</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Produktnavn</translation>
        </message>
        <message>
            <source>mg per ampoule</source>
            <translation>mg pr. ampul</translation>
        </message>
        <message>
            <source>Ampoules per pack</source>
            <translation>Ampuller pr. pakning</translation>
        </message>
        <message>
            <source>Add this product to the catalogue</source>
            <translation>Føj dette produkt til kataloget</translation>
        </message>
        <message>
            <source>Add to catalo&amp;gue</source>
            <translation>Føj til katalo&amp;get</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Reading the pack code…</source>
            <translation>Læser pakningskoden…</translation>
        </message>
        <message>
            <source>(not in the code)</source>
            <translation>(ikke i koden)</translation>
        </message>
        <message>
            <source>Not in the catalogue</source>
            <translation>Ikke i kataloget</translation>
        </message>
        <message>
            <source>This product is not in the catalogue: add it below, then receive.</source>
            <translation>Dette produkt er ikke i kataloget: tilføj det nedenfor, og modtag det så.</translation>
        </message>
        <message>
            <source>Check the pack against the screen, then press Receive.</source>
            <translation>Sammenlign pakningen med skærmen, og tryk så Modtag.</translation>
        </message>
        <message>
            <source>{units} × {per} = {total}</source>
            <translation>{units} × {per} = {total}</translation>
        </message>
        <message>
            <source>Received: {product}, batch {batch}, serial {serial}.</source>
            <translation>Modtaget: {product}, batch {batch}, serienummer {serial}.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Afvist: {reason}</translation>
        </message>
        <message>
            <source>Give the substance, the name and the mg per ampoule.</source>
            <translation>Angiv stoffet, navnet og mg pr. ampul.</translation>
        </message>
    </context>
    <context>
        <name>ReconstitutePage</name>
        <message>
            <source>Stock lots to take from</source>
            <translation>Lagerpartier at tage fra</translation>
        </message>
        <message>
            <source>Stock lot</source>
            <translation>Lagerparti</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Beholdning</translation>
        </message>
        <message>
            <source>mg to use</source>
            <translation>mg der skal bruges</translation>
        </message>
        <message>
            <source>Final volume in mL</source>
            <translation>Slutvolumen i mL</translation>
        </message>
        <message>
            <source>Sample volume in mL</source>
            <translation>Prøvevolumen i mL</translation>
        </message>
        <message>
            <source>Sample mass in g</source>
            <translation>Prøvens masse i g</translation>
        </message>
        <message>
            <source> h</source>
            <translation> t</translation>
        </message>
        <message>
            <source>Shelf life after reconstitution in hours</source>
            <translation>Holdbarhed efter opløsning i timer</translation>
        </message>
        <message>
            <source>&amp;Tare empty vessel</source>
            <translation>&amp;Tarér tom beholder</translation>
        </message>
        <message>
            <source>Tare the empty vessel on the scale</source>
            <translation>Tarér den tomme beholder på vægten</translation>
        </message>
        <message>
            <source>&amp;Weigh sample</source>
            <translation>&amp;Vej prøve</translation>
        </message>
        <message>
            <source>Weigh the sample on the scale</source>
            <translation>Vej prøven på vægten</translation>
        </message>
        <message>
            <source>Concentration and density</source>
            <translation>Koncentration og densitet</translation>
        </message>
        <message>
            <source>Reconstitute and &amp;sign…</source>
            <translation>Opløs og &amp;underskriv…</translation>
        </message>
        <message>
            <source>Reconstitute and sign with a witness</source>
            <translation>Opløs og underskriv med et vidne</translation>
        </message>
        <message>
            <source>Reconstitution message</source>
            <translation>Besked om opløsningen</translation>
        </message>
        <message>
            <source>&amp;Final volume (mL)</source>
            <translation>&amp;Slutvolumen (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;volume (mL)</source>
            <translation>Prøve&amp;volumen (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;mass (g)</source>
            <translation>Prøvens &amp;masse (g)</translation>
        </message>
        <message>
            <source>S&amp;helf life</source>
            <translation>&amp;Holdbarhed</translation>
        </message>
        <message>
            <source>Density: weigh a known volume</source>
            <translation>Densitet: vej et kendt volumen</translation>
        </message>
        <message>
            <source>Ampoules from these stock lots:</source>
            <translation>Ampuller fra disse lagerpartier:</translation>
        </message>
        <message>
            <source>Total {mg}</source>
            <translation>I alt {mg}</translation>
        </message>
        <message>
            <source>concentration {value} mg/mL</source>
            <translation>koncentration {value} mg/mL</translation>
        </message>
        <message>
            <source>density {value} g/mL</source>
            <translation>densitet {value} g/mL</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Ingen vægt er tilsluttet.</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Tarerer…</translation>
        </message>
        <message>
            <source>Tared. Fill the vessel with the sample volume, then press Weigh sample.</source>
            <translation>Tareret. Fyld beholderen med prøvevolumenet, og tryk så Vej prøve.</translation>
        </message>
        <message>
            <source>Waiting for a stable weight…</source>
            <translation>Venter på en stabil vægt…</translation>
        </message>
        <message>
            <source>The scale gave no weight in g.</source>
            <translation>Vægten gav ingen vægt i g.</translation>
        </message>
        <message>
            <source>Sample weighed: {mass} g.</source>
            <translation>Prøve vejet: {mass} g.</translation>
        </message>
        <message>
            <source>Type the mg taken from at least one stock lot.</source>
            <translation>Indtast de mg, der er taget fra mindst ét lagerparti.</translation>
        </message>
        <message>
            <source>Give the final volume, the sample volume and the weighed sample mass.</source>
            <translation>Angiv slutvolumen, prøvevolumen og prøvens vejede masse.</translation>
        </message>
        <message>
            <source>Witness the reconstitution: {figures}</source>
            <translation>Bevidn opløsningen: {figures}</translation>
        </message>
        <message>
            <source>Solution batch {batch} recorded.</source>
            <translation>Opløsningsbatch {batch} registreret.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Afvist: {reason}</translation>
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
            <translation>Viste batch</translation>
        </message>
        <message>
            <source>Controlled-drug register</source>
            <translation>Journal over euforiserende stoffer</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Change (mg)</source>
            <translation>Ændring (mg)</translation>
        </message>
        <message>
            <source>Balance (mg)</source>
            <translation>Beholdning (mg)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Af</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Vidne</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Årsag</translation>
        </message>
        <message>
            <source>Correction notes</source>
            <translation>Rettelsesnoter</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Eksportér som CSV</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;ksportér CSV…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Eksportér &amp;PDF…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Eksportér som PDF</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Udskriv…</translation>
        </message>
        <message>
            <source>Print the register</source>
            <translation>Udskriv journalen</translation>
        </message>
        <message>
            <source>Correction note</source>
            <translation>Rettelsesnote</translation>
        </message>
        <message>
            <source>what was wrong, and why</source>
            <translation>hvad der var forkert, og hvorfor</translation>
        </message>
        <message>
            <source>Correction in mg (optional)</source>
            <translation>Rettelse i mg (valgfri)</translation>
        </message>
        <message>
            <source>e.g. -0.50</source>
            <translation>f.eks. -0,50</translation>
        </message>
        <message>
            <source>Add &amp;correction</source>
            <translation>Tilføj &amp;rettelse</translation>
        </message>
        <message>
            <source>Add a correction to the chosen entry</source>
            <translation>Tilføj en rettelse til den valgte post</translation>
        </message>
        <message>
            <source>Register message</source>
            <translation>Besked om journalen</translation>
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
            <translation>Ret den valgte post (selve posten ændres aldrig)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notat</translation>
        </message>
        <message>
            <source>C&amp;hange (mg)</source>
            <translation>Æ&amp;ndring (mg)</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>Alle batcher</translation>
        </message>
        <message>
            <source>Stock of {what}</source>
            <translation>Beholdning af {what}</translation>
        </message>
        <message>
            <source>Choose the entry to correct.</source>
            <translation>Vælg den post, der skal rettes.</translation>
        </message>
        <message>
            <source>Write what the correction is about.</source>
            <translation>Skriv, hvad rettelsen drejer sig om.</translation>
        </message>
        <message>
            <source>The change must be a number of mg.</source>
            <translation>Ændringen skal være et antal mg.</translation>
        </message>
        <message>
            <source>This entry has no batch: add a note without a change.</source>
            <translation>Denne post har ingen batch: tilføj en note uden ændring.</translation>
        </message>
        <message>
            <source>Correction added as a dated note.</source>
            <translation>Rettelse tilføjet som en dateret note.</translation>
        </message>
        <message>
            <source>There is nothing to export yet.</source>
            <translation>Der er intet at eksportere endnu.</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Eksportér journalen</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Skriver {file}…</translation>
        </message>
        <message numerus="yes">
            <source>%n entries written to {file}.</source>
            <translation>
                <numerusform>%n post skrevet til {file}.</numerusform>
                <numerusform>%n poster skrevet til {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to print yet.</source>
            <translation>Der er intet at udskrive endnu.</translation>
        </message>
        <message>
            <source>Controlled-drug register: {substance} — {station}</source>
            <translation>Journal over euforiserende stoffer: {substance} — {station}</translation>
        </message>
        <message>
            <source>Printed {printed} - page {page} of {pages}</source>
            <translation>Udskrevet {printed} - side {page} af {pages}</translation>
        </message>
        <message>
            <source>Printing the register…</source>
            <translation>Udskriver journalen…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n side sendt til printeren.</numerusform>
                <numerusform>%n sider sendt til printeren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Afvist: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScaleChecks</name>
        <message>
            <source>Scale</source>
            <translation>Vægt</translation>
        </message>
        <message>
            <source>Scale checks</source>
            <translation>Vægttjek</translation>
        </message>
        <message>
            <source>Not identified yet.</source>
            <translation>Ikke identificeret endnu.</translation>
        </message>
        <message>
            <source>Scale identity</source>
            <translation>Vægtens identitet</translation>
        </message>
        <message>
            <source>&amp;Identify</source>
            <translation>&amp;Identificér</translation>
        </message>
        <message>
            <source>Identify the scale</source>
            <translation>Identificér vægten</translation>
        </message>
        <message>
            <source>&amp;Zero</source>
            <translation>&amp;Nulstil</translation>
        </message>
        <message>
            <source>Zero the scale</source>
            <translation>Nulstil vægten</translation>
        </message>
        <message>
            <source>&amp;Tare</source>
            <translation>&amp;Tarér</translation>
        </message>
        <message>
            <source>Tare the scale</source>
            <translation>Tarér vægten</translation>
        </message>
        <message>
            <source>Read the weight once</source>
            <translation>Aflæs vægten én gang</translation>
        </message>
        <message>
            <source>Test r&amp;ead</source>
            <translation>Test&amp;aflæsning</translation>
        </message>
        <message>
            <source>Test reading and latency</source>
            <translation>Testaflæsning og svartid</translation>
        </message>
        <message>
            <source>Start raw &amp;monitor</source>
            <translation>Start rå-&amp;monitor</translation>
        </message>
        <message>
            <source>Start or stop the raw monitor</source>
            <translation>Start eller stop rå-monitoren</translation>
        </message>
        <message>
            <source>Raw traffic</source>
            <translation>Rå trafik</translation>
        </message>
        <message>
            <source>Scale serial number</source>
            <translation>Vægtens serienummer</translation>
        </message>
        <message>
            <source>Certified mass in g</source>
            <translation>Certificeret masse i g</translation>
        </message>
        <message>
            <source>Tolerance in g</source>
            <translation>Tolerance i g</translation>
        </message>
        <message>
            <source>Weigh the reference weight and record the check</source>
            <translation>Vej referencelodet, og registrér kontrollen</translation>
        </message>
        <message>
            <source>Calibration status</source>
            <translation>Kalibreringsstatus</translation>
        </message>
        <message>
            <source>Scale message</source>
            <translation>Besked fra vægten</translation>
        </message>
        <message>
            <source>Reference-weight check</source>
            <translation>Kontrol med referencelod</translation>
        </message>
        <message>
            <source>1. Empty the pan, then zero for the chec&amp;k</source>
            <translation>1. Tøm vægtskålen, og nulstil så til &amp;kontrollen</translation>
        </message>
        <message>
            <source>Clear any tare and zero the empty scale before the reference-weight check</source>
            <translation>Fjern eventuel tara og nulstil den tomme vægt før kontrollen med referencelod</translation>
        </message>
        <message>
            <source>2. Check against the reference &amp;weight</source>
            <translation>2. Kontrollér mod &amp;referencelodet</translation>
        </message>
        <message>
            <source>Serial number of t&amp;he scale</source>
            <translation>Vægtens &amp;serienummer</translation>
        </message>
        <message>
            <source>&amp;Certified mass (g)</source>
            <translation>&amp;Certificeret masse (g)</translation>
        </message>
        <message>
            <source>T&amp;olerance (g)</source>
            <translation>T&amp;olerance (g)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Ingen vægt er tilsluttet.</translation>
        </message>
        <message>
            <source>{protocol}: model {model}, serial number {serial}</source>
            <translation>{protocol}: model {model}, serienummer {serial}</translation>
        </message>
        <message>
            <source>The scale answered.</source>
            <translation>Vægten svarede.</translation>
        </message>
        <message>
            <source>Zeroed.</source>
            <translation>Nulstillet.</translation>
        </message>
        <message>
            <source>Tared ({value} g).</source>
            <translation>Tareret ({value} g).</translation>
        </message>
        <message>
            <source>{value} {unit} ({status}) in {ms} ms; frame {raw}</source>
            <translation>{value} {unit} ({status}) på {ms} ms; ramme {raw}</translation>
        </message>
        <message>
            <source>Stop raw &amp;monitor</source>
            <translation>Stop rå-&amp;monitor</translation>
        </message>
        <message>
            <source>Identify the scale (or type its serial number) first.</source>
            <translation>Identificér først vægten (eller indtast dens serienummer).</translation>
        </message>
        <message>
            <source>Give the certified mass and the tolerance in g.</source>
            <translation>Angiv den certificerede masse og tolerancen i g.</translation>
        </message>
        <message>
            <source>Clearing the tare and zeroing the empty pan…</source>
            <translation>Fjerner tara og nulstiller den tomme vægtskål…</translation>
        </message>
        <message>
            <source>Tare cleared and the empty pan zeroed. Place the reference weight, then check.</source>
            <translation>Tara fjernet og den tomme vægtskål nulstillet. Læg referenceloddet på, og kontrollér så.</translation>
        </message>
        <message>
            <source>First empty the pan and zero it for the check (step 1).</source>
            <translation>Tøm først vægtskålen og nulstil den til kontrollen (trin 1).</translation>
        </message>
        <message>
            <source>Waiting for a stable weight of the reference weight…</source>
            <translation>Venter på en stabil vægt af referencelodet…</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>bestået</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>IKKE BESTÅET</translation>
        </message>
        <message>
            <source>Reference check {verdict}: {measured} g for {certified} g (± {tolerance} g).</source>
            <translation>Referencekontrol {verdict}: {measured} g for {certified} g (± {tolerance} g).</translation>
        </message>
        <message>
            <source>Calibration ok</source>
            <translation>Kalibrering i orden</translation>
        </message>
        <message>
            <source>Calibration due</source>
            <translation>Kalibrering forfalden</translation>
        </message>
        <message>
            <source>Calibration overdue</source>
            <translation>Kalibrering overskredet</translation>
        </message>
        <message>
            <source>Calibration failed</source>
            <translation>Kalibrering mislykket</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Aldrig kontrolleret</translation>
        </message>
        <message>
            <source>Never checked against a reference weight.</source>
            <translation>Aldrig kontrolleret mod et referencelod.</translation>
        </message>
        <message>
            <source>The last check ({when}) failed: do not weigh doses on this scale.</source>
            <translation>Den seneste kontrol ({when}) mislykkedes: afvej ikke doser på denne vægt.</translation>
        </message>
        <message>
            <source>Overdue since {due} (last check {when}).</source>
            <translation>Overskredet siden {due} (seneste kontrol {when}).</translation>
        </message>
        <message>
            <source>Due by {due} (last check {when}).</source>
            <translation>Skal kontrolleres senest {due} (seneste kontrol {when}).</translation>
        </message>
        <message>
            <source>Checked {when}; next check due {due}.</source>
            <translation>Kontrolleret {when}; næste kontrol senest {due}.</translation>
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
            <translation>Scan en vilkårlig kode. For at kontrollere tastaturlayoutet skal du udskrive en testetiket og scanne dens stregkode.</translation>
        </message>
        <message>
            <source>How to test the scanner</source>
            <translation>Sådan testes scanneren</translation>
        </message>
        <message>
            <source>Scanned text with control characters</source>
            <translation>Scannet tekst med kontroltegn</translation>
        </message>
        <message>
            <source>AIM identifier</source>
            <translation>AIM-identifikator</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>Rå byte</translation>
        </message>
        <message>
            <source>What the code means</source>
            <translation>Hvad koden betyder</translation>
        </message>
        <message>
            <source>Keyboard layout check</source>
            <translation>Kontrol af tastaturlayout</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Betydning</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>scanneren</translation>
        </message>
        <message>
            <source>The raw monitor shows the serial scanner's port only: a keyboard scanner types into the computer like a keyboard and has no port to watch (its keys appear in the text above).</source>
            <translation>Råmonitoren viser kun den serielle scanners port: en tastaturscanner skriver ind i computeren som et tastatur og har ingen port at overvåge (dens taster ses i teksten ovenfor).</translation>
        </message>
        <message>
            <source>What the scanner's raw monitor shows</source>
            <translation>Hvad scannerens råmonitor viser</translation>
        </message>
        <message>
            <source>{identifier} ({name})</source>
            <translation>{identifier} ({name})</translation>
        </message>
        <message>
            <source>none (the scanner sends no AIM identifier)</source>
            <translation>ingen (scanneren sender ingen AIM-identifikator)</translation>
        </message>
        <message>
            <source>(typed by the keyboard)</source>
            <translation>(indtastet via tastaturet)</translation>
        </message>
        <message>
            <source>A damaged pack code: {error}</source>
            <translation>En beskadiget pakningskode: {error}</translation>
        </message>
        <message>
            <source>Pack code: product {product}, batch {batch}, serial {serial}</source>
            <translation>Pakningskode: produkt {product}, batch {batch}, serienummer {serial}</translation>
        </message>
        <message>
            <source>Not a pack code.</source>
            <translation>Ikke en pakningskode.</translation>
        </message>
        <message>
            <source>Set the scanner's keyboard layout to this computer's (or connect it to a serial port).</source>
            <translation>Indstil scannerens tastaturlayout til denne computers (eller slut den til en seriel port).</translation>
        </message>
        <message>
            <source>Keyboard layout ok: the code came through exactly as printed.</source>
            <translation>Tastaturlayout i orden: koden kom igennem præcis som trykt.</translation>
        </message>
        <message>
            <source>Y and Z are swapped as on a German keyboard. {fix}</source>
            <translation>Y og Z er byttet om som på et tysk tastatur. {fix}</translation>
        </message>
        <message>
            <source>A/Q and Z/W are swapped as on a French keyboard. {fix}</source>
            <translation>A/Q og Z/W er byttet om som på et fransk tastatur. {fix}</translation>
        </message>
        <message>
            <source>The scan differs from the printed code ({details}). {fix}</source>
            <translation>Scanningen afviger fra den trykte kode ({details}). {fix}</translation>
        </message>
    </context>
    <context>
        <name>SettingChoices</name>
        <message>
            <source>A reason and a second person's signature</source>
            <translation>En begrundelse og en anden persons signatur</translation>
        </message>
        <message>
            <source>A reason only</source>
            <translation>Kun en begrundelse</translation>
        </message>
        <message>
            <source>No dose until a clinic lead has reviewed the patient</source>
            <translation>Ingen dosis, før en klinikleder har gennemgået patienten</translation>
        </message>
        <message>
            <source>Each dose capped at a share of the last dose before the break</source>
            <translation>Hver dosis begrænset til en andel af den sidste dosis før pausen</translation>
        </message>
        <message>
            <source>After the days set above</source>
            <translation>Efter de dage, der er angivet ovenfor</translation>
        </message>
        <message>
            <source>Not before a clinic lead records a review</source>
            <translation>Ikke før en klinikleder registrerer en gennemgang</translation>
        </message>
        <message>
            <source>Reduce the dose</source>
            <translation>Reducér dosen</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Ingen dosis nu</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Ikke tilladt</translation>
        </message>
        <message>
            <source>Allowed with a second person's approval</source>
            <translation>Tilladt med en anden persons godkendelse</translation>
        </message>
        <message>
            <source>Dose with a second person's approval</source>
            <translation>Dosis med en anden persons godkendelse</translation>
        </message>
        <message>
            <source>No dose: only the home station doses</source>
            <translation>Ingen dosis: kun hjemstationen doserer</translation>
        </message>
        <message>
            <source>Warn the nurse; weighings are accepted</source>
            <translation>Advar sygeplejersken; vejninger godtages</translation>
        </message>
        <message>
            <source>No weighing is accepted until the scale passes a check</source>
            <translation>Ingen vejning godtages, før vægten består en kontrol</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprog</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>The language is a setting of this station: a technician, a clinic lead or an administrator, signed in, changes it.</source>
            <translation>Sproget er en indstilling for denne station: en indlogget tekniker, klinikleder eller administrator ændrer det.</translation>
        </message>
        <message>
            <source>Lock the screen &amp;after (minutes)</source>
            <translation>Lås skærmen &amp;efter (minutter)</translation>
        </message>
        <message>
            <source>Lock the screen after this many minutes</source>
            <translation>Lås skærmen efter så mange minutter</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>Observation after injection</source>
            <translation>Observation efter injektion</translation>
        </message>
        <message>
            <source>%1 min; %2 min when venous access failed</source>
            <translation>%1 min.; %2 min., når veneadgang mislykkedes</translation>
        </message>
        <message>
            <source>Observation after injection: %1</source>
            <translation>Observation efter injektion: %1</translation>
        </message>
        <message>
            <source>The observation time is one of the clinic's rules: a clinic lead sets it for all stations. It cannot be changed here.</source>
            <translation>Observationstiden er en af klinikkens regler: en klinikleder fastsætter den for alle stationer. Den kan ikke ændres her.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Station behaviour</source>
            <translation>Stationens adfærd</translation>
        </message>
        <message>
            <source>Clinic rules (clinic lead only, for every station)</source>
            <translation>Klinikkens regler (kun klinikleder, for alle stationer)</translation>
        </message>
        <message>
            <source>Clinic rules</source>
            <translation>Klinikkens regler</translation>
        </message>
        <message>
            <source>The clinic's rules: only a clinic lead changes them. A change applies to the next decision at this station and reaches the other stations when they sync.</source>
            <translation>Klinikkens regler: kun en klinikleder ændrer dem. En ændring gælder for den næste beslutning på denne station og når de andre stationer, når de synkroniserer.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Gem indstillinger</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Gem indstillingerne</translation>
        </message>
        <message>
            <source>Settings message</source>
            <translation>Besked om indstillingerne</translation>
        </message>
        <message>
            <source>Changed {when} by {who}.</source>
            <translation>Ændret {when} af {who}.</translation>
        </message>
        <message>
            <source>Built-in value, not changed.</source>
            <translation>Indbygget værdi, ikke ændret.</translation>
        </message>
        <message>
            <source>{meaning} Only a clinic lead may change this.</source>
            <translation>{meaning} Kun en klinikleder må ændre dette.</translation>
        </message>
        <message>
            <source>{meaning} Only {roles} may change this.</source>
            <translation>{meaning} Kun {roles} må ændre dette.</translation>
        </message>
        <message>
            <source>unit: {unit}</source>
            <translation>enhed: {unit}</translation>
        </message>
        <message>
            <source>The saved value cannot be used ({problem}). Saving sets the value shown.</source>
            <translation>Den gemte værdi kan ikke bruges ({problem}). Gem sætter den viste værdi.</translation>
        </message>
        <message>
            <source>The settings could not be read: {reason}</source>
            <translation>Indstillingerne kunne ikke læses: {reason}</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Intet blev ændret.</translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) saved.</source>
            <translation>
                <numerusform>%n indstilling gemt.</numerusform>
                <numerusform>%n indstillinger gemt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke gemt: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off by a second person</source>
            <translation>Kvittering af en anden person</translation>
        </message>
        <message>
            <source>User name of the person signing off</source>
            <translation>Brugernavn på den person, der kvitterer</translation>
        </message>
        <message>
            <source>Password of the person signing off</source>
            <translation>Adgangskode for den person, der kvitterer</translation>
        </message>
        <message>
            <source>Sign-off message</source>
            <translation>Besked om kvitteringen</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Kvittér</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Kvittér</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Cancel the sign-off</source>
            <translation>Annullér kvitteringen</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;Brugernavn</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Adgangskode</translation>
        </message>
        <message>
            <source>Enter the user name and the password.</source>
            <translation>Angiv brugernavn og adgangskode.</translation>
        </message>
    </context>
    <context>
        <name>SimulatorPanel</name>
        <message>
            <source>Put %1 g on the scale</source>
            <translation>Læg %1 g på vægten</translation>
        </message>
        <message>
            <source>Type a mass in grams, e.g. 21.98.</source>
            <translation>Skriv en masse i gram, f.eks. 21,98.</translation>
        </message>
        <message>
            <source>Type what the code says, or choose a card.</source>
            <translation>Skriv, hvad koden indeholder, eller vælg et kort.</translation>
        </message>
        <message>
            <source>Scale: %1 g placed on the pan.</source>
            <translation>Vægt: %1 g lagt på vægtskålen.</translation>
        </message>
        <message>
            <source>Scale: the pan is empty.</source>
            <translation>Vægt: vægtskålen er tom.</translation>
        </message>
        <message>
            <source>Scale: unsteady (draught), it will not settle.</source>
            <translation>Vægt: ustabil (træk), den falder ikke til ro.</translation>
        </message>
        <message>
            <source>Scale: steady again.</source>
            <translation>Vægt: stabil igen.</translation>
        </message>
        <message>
            <source>Scale: cable pulled.</source>
            <translation>Vægt: kablet er trukket ud.</translation>
        </message>
        <message>
            <source>Scale: cable put back.</source>
            <translation>Vægt: kablet er sat i igen.</translation>
        </message>
        <message>
            <source>Printer: paper taken out.</source>
            <translation>Printer: papiret er taget ud.</translation>
        </message>
        <message>
            <source>Printer: paper put back.</source>
            <translation>Printer: papiret er sat i igen.</translation>
        </message>
        <message>
            <source>Printer: head opened.</source>
            <translation>Printer: hovedet er åbnet.</translation>
        </message>
        <message>
            <source>Printer: head closed.</source>
            <translation>Printer: hovedet er lukket.</translation>
        </message>
        <message>
            <source>Printer: paused.</source>
            <translation>Printer: sat på pause.</translation>
        </message>
        <message>
            <source>Printer: running again.</source>
            <translation>Printer: kører igen.</translation>
        </message>
        <message>
            <source>Printer: silent (does not answer).</source>
            <translation>Printer: tavs (svarer ikke).</translation>
        </message>
        <message>
            <source>Printer: answers again.</source>
            <translation>Printer: svarer igen.</translation>
        </message>
        <message>
            <source>Scanner: code sent.</source>
            <translation>Scanner: kode sendt.</translation>
        </message>
        <message>
            <source>Put the scale's cable back</source>
            <translation>Sæt vægtens kabel i igen</translation>
        </message>
        <message>
            <source>Pull the scale's cable</source>
            <translation>Træk vægtens kabel ud</translation>
        </message>
        <message>
            <source>Mass on the pan (g)</source>
            <translation>Masse på vægtskålen (g)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Læg på</translation>
        </message>
        <message>
            <source>Remove the syringe</source>
            <translation>Fjern sprøjten</translation>
        </message>
        <message>
            <source>Unsteady (draught)</source>
            <translation>Ustabil (træk)</translation>
        </message>
        <message>
            <source>Paper out</source>
            <translation>Papir brugt op</translation>
        </message>
        <message>
            <source>Head open</source>
            <translation>Hoved åbent</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>På pause</translation>
        </message>
        <message>
            <source>Silent (does not answer)</source>
            <translation>Tavs (svarer ikke)</translation>
        </message>
        <message>
            <source>Demo card</source>
            <translation>Demokort</translation>
        </message>
        <message>
            <source>Scan card</source>
            <translation>Scan kort</translation>
        </message>
        <message>
            <source>Code text</source>
            <translation>Kodetekst</translation>
        </message>
        <message>
            <source>Scan text</source>
            <translation>Scan tekst</translation>
        </message>
        <message>
            <source>Device simulator</source>
            <translation>Enhedssimulator</translation>
        </message>
        <message>
            <source>Scale (simulated)</source>
            <translation>Vægt (simuleret)</translation>
        </message>
        <message>
            <source>Mass to place on the scale, in grams</source>
            <translation>Masse, der skal lægges på vægten, i gram</translation>
        </message>
        <message>
            <source>e.g. 21.98</source>
            <translation>f.eks. 21,98</translation>
        </message>
        <message>
            <source>Place this mass on the scale</source>
            <translation>Læg denne masse på vægten</translation>
        </message>
        <message>
            <source>Remove everything from the scale</source>
            <translation>Fjern alt fra vægten</translation>
        </message>
        <message>
            <source>Make the scale unsteady</source>
            <translation>Gør vægten ustabil</translation>
        </message>
        <message>
            <source>Label printer (simulated)</source>
            <translation>Etiketprinter (simuleret)</translation>
        </message>
        <message>
            <source>Printer fault: %1</source>
            <translation>Printerfejl: %1</translation>
        </message>
        <message>
            <source>Card scanner (simulated)</source>
            <translation>Kortscanner (simuleret)</translation>
        </message>
        <message>
            <source>Demo card to scan</source>
            <translation>Demokort, der skal scannes</translation>
        </message>
        <message>
            <source>Scan the chosen demo card</source>
            <translation>Scan det valgte demokort</translation>
        </message>
        <message>
            <source>Text of a code to scan</source>
            <translation>Teksten i en kode, der skal scannes</translation>
        </message>
        <message>
            <source>Scan the typed text</source>
            <translation>Scan den indtastede tekst</translation>
        </message>
        <message>
            <source>Simulator messages</source>
            <translation>Beskeder fra simulatoren</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Station message</source>
            <translation>Besked fra stationen</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Indlogget bruger</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>Synkroniseringsstatus</translation>
        </message>
        <message>
            <source>Scale state</source>
            <translation>Vægtens status</translation>
        </message>
        <message>
            <source>Printer state</source>
            <translation>Printerens status</translation>
        </message>
        <message>
            <source>Scanner state</source>
            <translation>Scannerens status</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>No central server is connected: working offline.</source>
            <translation>Ingen central server er forbundet: arbejder offline.</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Vægt</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>klar</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>optaget</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>forbinder</translation>
        </message>
        <message>
            <source>fault</source>
            <translation>fejl</translation>
        </message>
        <message>
            <source>not configured</source>
            <translation>ikke konfigureret</translation>
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
            <translation>Vægtens kontrol med referencelod</translation>
        </message>
        <message>
            <source>Opening the station…</source>
            <translation>Stationen åbnes…</translation>
        </message>
        <message>
            <source>{device}: {state}</source>
            <translation>{device}: {state}</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Logget ind: {name}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Låst</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>Synkronisering: {state}</translation>
        </message>
        <message>
            <source>Scale check due</source>
            <translation>Vægtkontrol forfalden</translation>
        </message>
    </context>
    <context>
        <name>StationWindow</name>
        <message>
            <source>Dosing station — {name}</source>
            <translation>Doseringsstation — {name}</translation>
        </message>
        <message>
            <source> (DEMO: fictional data)</source>
            <translation> (DEMO: opdigtede data)</translation>
        </message>
        <message>
            <source>Dosing station</source>
            <translation>Doseringsstation</translation>
        </message>
        <message>
            <source>Sign in to start.</source>
            <translation>Log ind for at begynde.</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>&amp;Lås skærmen</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Låst.</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>&amp;Skift bruger</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <source>Clinic lead: patient &amp;flags…</source>
            <translation>Klinikleder: patient&amp;flag…</translation>
        </message>
        <message>
            <source>&amp;Void a dose entered in error…</source>
            <translation>&amp;Annullér en dosis indtastet ved en fejl…</translation>
        </message>
        <message>
            <source>Clinic &amp;rules…</source>
            <translation>Klinikkens &amp;regler…</translation>
        </message>
        <message>
            <source>&amp;Prescriber's workspace…</source>
            <translation>&amp;Ordinerende læges arbejdsplads…</translation>
        </message>
        <message>
            <source>Register a &amp;new patient…</source>
            <translation>Indskriv en &amp;ny patient…</translation>
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation>&amp;Hændelser…</translation>
        </message>
        <message>
            <source>Issue &amp;card…</source>
            <translation>Udsted &amp;kort…</translation>
        </message>
        <message>
            <source>&amp;Absent patients…</source>
            <translation>Fra&amp;værende patienter…</translation>
        </message>
        <message>
            <source>Card {clinic_id}</source>
            <translation>Kort {clinic_id}</translation>
        </message>
        <message>
            <source>empty syringe</source>
            <translation>tom sprøjte</translation>
        </message>
        <message>
            <source>filled, {mg} mg</source>
            <translation>fyldt, {mg} mg</translation>
        </message>
        <message>
            <source>Demo: simulated devices</source>
            <translation>Demo: simulerede enheder</translation>
        </message>
        <message>
            <source>Show the &amp;device simulators</source>
            <translation>Vis &amp;enhedssimulatorerne</translation>
        </message>
        <message>
            <source>Switch user: the next person signs in.</source>
            <translation>Skift bruger: den næste person logger ind.</translation>
        </message>
        <message>
            <source>Locked after {minutes} min without use.</source>
            <translation>Låst efter {minutes} min. uden brug.</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>The demo's central server did not start: {error}</source>
            <translation>Demoens centrale server startede ikke: {error}</translation>
        </message>
        <message>
            <source>Sign in first, then scan the card.</source>
            <translation>Log først ind, og scan så kortet.</translation>
        </message>
        <message>
            <source>The new language is used when this visit ends.</source>
            <translation>Det nye sprog bruges, når dette besøg slutter.</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock over time</source>
            <translation>Beholdning over tid</translation>
        </message>
        <message>
            <source>{title}: {count} entries from {start} to {end}; lowest {low} mg, highest {high} mg, now {last} mg.</source>
            <translation>{title}: {count} poster fra {start} til {end}; laveste {low} mg, højeste {high} mg, nu {last} mg.</translation>
        </message>
        <message>
            <source>{title}: no entries.</source>
            <translation>{title}: ingen poster.</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Ingen poster endnu.</translation>
        </message>
    </context>
    <context>
        <name>SyncLink</name>
        <message>
            <source>the technician's "Central server" tab, "Clinic CA file (PEM)"</source>
            <translation>teknikerens fane "Central server", "Klinikkens CA-fil (PEM)"</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>Not enrolled with a central server: this station works alone.</source>
            <translation>Ikke tilmeldt en central server: denne station arbejder alene.</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline since {time}</source>
            <translation>offline siden {time}</translation>
        </message>
        <message>
            <source>, {n} queued</source>
            <translation>, {n} i kø</translation>
        </message>
        <message>
            <source>, last sync {time}</source>
            <translation>, sidst synkroniseret {time}</translation>
        </message>
    </context>
    <context>
        <name>TechnicianWorkspace</name>
        <message>
            <source>Technician</source>
            <translation>Tekniker</translation>
        </message>
        <message>
            <source>Technician — {name}</source>
            <translation>Tekniker — {name}</translation>
        </message>
        <message>
            <source>Technician tasks</source>
            <translation>Teknikerens opgaver</translation>
        </message>
        <message>
            <source>&amp;1 Devices</source>
            <translation>&amp;1 Enheder</translation>
        </message>
        <message>
            <source>&amp;2 Station settings</source>
            <translation>&amp;2 Stationsindstillinger</translation>
        </message>
        <message>
            <source>&amp;3 Central server</source>
            <translation>&amp;3 Central server</translation>
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
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Klargøring</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etikettering</translation>
        </message>
        <message>
            <source>Administer</source>
            <translation>Indgift</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Observation</translation>
        </message>
        <message>
            <source>Visit steps</source>
            <translation>Besøgets trin</translation>
        </message>
        <message>
            <source>Visit message</source>
            <translation>Besked om besøget</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktuelt trin</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>{mg} recorded. Observation in {booth} until {end}: see the observation board.</source>
            <translation>{mg} registreret. Observation i {booth} indtil {end}: se observationstavlen.</translation>
        </message>
        <message>
            <source>A card was scanned during a visit: finish or end this visit first.</source>
            <translation>Et kort blev scannet under et besøg: gør først dette besøg færdigt, eller afslut det.</translation>
        </message>
    </context>
    <context>
        <name>VitalsNoteDialog</name>
        <message>
            <source>Note and vital signs: %1</source>
            <translation>Notat og vitale værdier: %1</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notat</translation>
        </message>
        <message>
            <source>&amp;Pulse (/min)</source>
            <translation>&amp;Puls (/min)</translation>
        </message>
        <message>
            <source>&amp;Breathing (/min)</source>
            <translation>&amp;Respiration (/min)</translation>
        </message>
        <message>
            <source>&amp;Oxygen saturation (%)</source>
            <translation>&amp;Iltmætning (%)</translation>
        </message>
        <message>
            <source>Blood pr&amp;essure (mmHg)</source>
            <translation>&amp;Blodtryk (mmHg)</translation>
        </message>
        <message>
            <source>&amp;Sedation score</source>
            <translation>S&amp;edationsscore</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>ikke målt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Pulse per minute</source>
            <translation>Puls pr. minut</translation>
        </message>
        <message>
            <source>Breaths per minute</source>
            <translation>Vejrtrækninger pr. minut</translation>
        </message>
        <message>
            <source>Oxygen saturation in percent</source>
            <translation>Iltmætning i procent</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Blodtryk</translation>
        </message>
        <message>
            <source>e.g. 120/80</source>
            <translation>f.eks. 120/80</translation>
        </message>
        <message>
            <source>Sedation score</source>
            <translation>Sedationsscore</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Hvad mangler</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>ikke vurderet</translation>
        </message>
        <message>
            <source>0 – awake and alert</source>
            <translation>0 – vågen og klar</translation>
        </message>
        <message>
            <source>1 – drowsy, easy to rouse</source>
            <translation>1 – døsig, let at vække</translation>
        </message>
        <message>
            <source>2 – very drowsy, rousable by voice</source>
            <translation>2 – meget døsig, kan vækkes ved tiltale</translation>
        </message>
        <message>
            <source>3 – hard to rouse: act now</source>
            <translation>3 – svær at vække: handl nu</translation>
        </message>
        <message>
            <source>Enter the blood pressure as two numbers, e.g. 120/80.</source>
            <translation>Indtast blodtrykket som to tal, f.eks. 120/80.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Skriv en note eller indtast en vital værdi.</translation>
        </message>
    </context>
    <context>
        <name>WitnessDialog</name>
        <message>
            <source>Second person</source>
            <translation>Anden person</translation>
        </message>
        <message>
            <source>Witness: second person's sign-in</source>
            <translation>Vidne: anden persons login</translation>
        </message>
        <message>
            <source>What is witnessed</source>
            <translation>Hvad der bevidnes</translation>
        </message>
        <message>
            <source>Only these roles can confirm: {roles}.</source>
            <translation>Kun disse roller kan bekræfte: {roles}.</translation>
        </message>
        <message>
            <source>Any other staff member can confirm.</source>
            <translation>Enhver anden medarbejder kan bekræfte.</translation>
        </message>
        <message>
            <source>Who may confirm</source>
            <translation>Hvem der må bekræfte</translation>
        </message>
        <message>
            <source>Witness user name</source>
            <translation>Vidnets brugernavn</translation>
        </message>
        <message>
            <source>Witness password</source>
            <translation>Vidnets adgangskode</translation>
        </message>
        <message>
            <source>Witness message</source>
            <translation>Besked til vidnet</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Bekræft</translation>
        </message>
        <message>
            <source>Confirm as witness</source>
            <translation>Bekræft som vidne</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Cancel witness</source>
            <translation>Annullér vidne</translation>
        </message>
        <message>
            <source>Witness &amp;user name</source>
            <translation>Vidnets &amp;brugernavn</translation>
        </message>
        <message>
            <source>Witness &amp;password</source>
            <translation>Vidnets &amp;adgangskode</translation>
        </message>
        <message>
            <source>The witness enters their user name and password.</source>
            <translation>Vidnet angiver sit brugernavn og sin adgangskode.</translation>
        </message>
        <message>
            <source>{name} cannot confirm this: {who}</source>
            <translation>{name} kan ikke bekræfte dette: {who}</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Queue</source>
            <translation>Kø</translation>
        </message>
        <message>
            <source>The visit goes on where it was.</source>
            <translation>Besøget fortsætter, hvor det var.</translation>
        </message>
    </context>
</TS>
