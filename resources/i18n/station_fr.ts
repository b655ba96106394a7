<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>not configured</source>
            <translation>non configuré</translation>
        </message>
        <message>
            <source>The scale is not connected: check its cable and power. The station reconnects by itself when the scale is back; no weight is accepted until then.</source>
            <translation>La balance n'est pas connectée : vérifiez son câble et son alimentation. Le poste se reconnecte de lui-même dès que la balance est de retour ; aucun poids n'est accepté d'ici là.</translation>
        </message>
        <message>
            <source>The scale's port is used by another program: close it, then try again.</source>
            <translation>Le port de la balance est utilisé par un autre programme : fermez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>The scale does not answer: check that it is switched on, its cable, and its baud rate and protocol.</source>
            <translation>La balance ne répond pas : vérifiez qu'elle est allumée, son câble, ainsi que sa vitesse (bauds) et son protocole.</translation>
        </message>
        <message>
            <source>The scale answers, but its weight did not settle in time: shield it from draughts and vibration, keep hands off the pan, then try again.</source>
            <translation>La balance répond, mais son poids ne s'est pas stabilisé à temps : protégez-la des courants d'air et des vibrations, ne touchez pas le plateau, puis réessayez.</translation>
        </message>
        <message>
            <source>Scale: {error}</source>
            <translation>Balance : {error}</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing: no weighing is accepted until the technician checks it.</source>
            <translation>Le contrôle au poids de référence de la balance est en retard, a échoué ou manque : aucune pesée n'est acceptée tant que le technicien ne l'a pas contrôlée.</translation>
        </message>
        <message>
            <source>The scale failed its last reference-weight check: call the technician before weighing doses.</source>
            <translation>La balance a échoué à son dernier contrôle au poids de référence : appelez le technicien avant de peser des doses.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue or missing: ask the technician to check it with the reference weight.</source>
            <translation>Le contrôle au poids de référence de la balance est en retard ou manque : demandez au technicien de la contrôler avec le poids de référence.</translation>
        </message>
        <message>
            <source>Paper is out: load a new roll of labels</source>
            <translation>Plus de papier : chargez un nouveau rouleau d'étiquettes</translation>
        </message>
        <message>
            <source>The print head is open: close it until it clicks</source>
            <translation>La tête d'impression est ouverte : fermez-la jusqu'au déclic</translation>
        </message>
        <message>
            <source>The printer is paused: press its pause button</source>
            <translation>L'imprimante est en pause : appuyez sur son bouton pause</translation>
        </message>
        <message>
            <source>The ribbon is out: load a new ribbon</source>
            <translation>Plus de ruban : chargez un nouveau ruban</translation>
        </message>
        <message>
            <source>The printer is busy: wait a moment</source>
            <translation>L'imprimante est occupée : patientez un instant</translation>
        </message>
        <message>
            <source>The print head is too cold: wait for it to warm up</source>
            <translation>La tête d'impression est trop froide : attendez qu'elle chauffe</translation>
        </message>
        <message>
            <source>The print head is too hot: let it cool down</source>
            <translation>La tête d'impression est trop chaude : laissez-la refroidir</translation>
        </message>
        <message>
            <source>the label may be incomplete: print it again</source>
            <translation>l'étiquette est peut-être incomplète : imprimez-la à nouveau</translation>
        </message>
        <message>
            <source>The printer does not answer. Check that it is switched on, that labels are loaded and that the print head is closed (the printer stays silent while paper is out or the head is open), then press Print again.</source>
            <translation>L'imprimante ne répond pas. Vérifiez qu'elle est allumée, que des étiquettes sont chargées et que la tête d'impression est fermée (l'imprimante reste muette sans papier ou tête ouverte), puis appuyez à nouveau sur Imprimer.</translation>
        </message>
        <message>
            <source>The printer is not connected: check its cable and power, then print again.</source>
            <translation>L'imprimante n'est pas connectée : vérifiez son câble et son alimentation, puis imprimez à nouveau.</translation>
        </message>
        <message>
            <source>The printer's port is used by another program: close it, then print again.</source>
            <translation>Le port de l'imprimante est utilisé par un autre programme : fermez-le, puis imprimez à nouveau.</translation>
        </message>
        <message>
            <source>Printer: {error}</source>
            <translation>Imprimante : {error}</translation>
        </message>
        <message>
            <source>no scale configured</source>
            <translation>aucune balance configurée</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connexion…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>disponible</translation>
        </message>
        <message>
            <source>ready (reconnected)</source>
            <translation>disponible (connexion rétablie)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Aucune balance n'est connectée.</translation>
        </message>
        <message>
            <source>no printer configured</source>
            <translation>aucune imprimante configurée</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Aucune imprimante n'est connectée.</translation>
        </message>
        <message>
            <source>printing…</source>
            <translation>impression…</translation>
        </message>
        <message>
            <source>keyboard scanner only</source>
            <translation>lecteur clavier uniquement</translation>
        </message>
        <message>
            <source>The scanner is not connected: check its cable (keyboard input still works).</source>
            <translation>Le lecteur n'est pas connecté : vérifiez son câble (la saisie au clavier fonctionne toujours).</translation>
        </message>
        <message>
            <source>Scanner: {error}</source>
            <translation>Lecteur : {error}</translation>
        </message>
        <message>
            <source>Dose allowed</source>
            <translation>Dose autorisée</translation>
        </message>
        <message>
            <source>Allowed with a warning: read it and acknowledge</source>
            <translation>Autorisé avec un avertissement : lisez-le et confirmez</translation>
        </message>
        <message>
            <source>A second staff member must approve, with a reason</source>
            <translation>Une deuxième personne du personnel doit approuver, avec un motif</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Pas de dose maintenant</translation>
        </message>
        <message>
            <source>Only a clinic lead can lift this (outside the visit).</source>
            <translation>Seul un responsable de la clinique peut lever ceci (en dehors de la visite).</translation>
        </message>
        <message>
            <source>Nobody can override this at the counter.</source>
            <translation>Personne ne peut passer outre au guichet.</translation>
        </message>
        <message>
            <source>A clinic lead must approve.</source>
            <translation>Un responsable de la clinique doit approuver.</translation>
        </message>
        <message>
            <source>A second nurse or a clinic lead can approve.</source>
            <translation>Un deuxième infirmier ou un responsable de la clinique peut approuver.</translation>
        </message>
        <message>
            <source>choose the sedation score…</source>
            <translation>choisissez le score de sédation…</translation>
        </message>
        <message>
            <source>called</source>
            <translation>appelé</translation>
        </message>
        <message>
            <source>visited</source>
            <translation>visite effectuée</translation>
        </message>
        <message>
            <source>message left</source>
            <translation>message laissé</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>résolu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>As many missed days as the rules warn at: the next dose needs a comment.</source>
            <translation>Autant de jours manqués que le seuil d'avertissement des règles : la prochaine dose nécessite un commentaire.</translation>
        </message>
        <message>
            <source>at the window</source>
            <translation>au guichet</translation>
        </message>
        <message>
            <source>not due until {time}</source>
            <translation>pas avant {time}</translation>
        </message>
        <message>
            <source>called at {time}</source>
            <translation>appelé à {time}</translation>
        </message>
        <message>
            <source>due</source>
            <translation>c'est l'heure</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Sign in to check and discharge.</source>
            <translation>Connectez-vous pour vérifier et faire sortir.</translation>
        </message>
        <message>
            <source>The observation board could not be read.</source>
            <translation>Le tableau d'observation n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>Not discharged after the time was up: %1. Check these patients now.</source>
            <translation>Pas sortis après la fin du temps : %1. Vérifiez ces patients maintenant.</translation>
        </message>
        <message>
            <source>Observation time is up: %1.</source>
            <translation>Temps d'observation écoulé : %1.</translation>
        </message>
        <message>
            <source>No one is under observation.</source>
            <translation>Personne n'est en observation.</translation>
        </message>
        <message numerus="yes">
            <source>Observation board (%n patient(s))</source>
            <translation>
                <numerusform>Tableau d'observation (%n patient)</numerusform>
                <numerusform>Tableau d'observation (%n patients)</numerusform>
            </translation>
        </message>
        <message>
            <source>Observation board</source>
            <translation>Tableau d'observation</translation>
        </message>
        <message>
            <source>Patients under observation</source>
            <translation>Patients en observation</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Verrouillé.</translation>
        </message>
    </context>
    <context>
        <name>AbsentDialog</name>
        <message>
            <source>Absent patients</source>
            <translation>Patients absents</translation>
        </message>
        <message>
            <source>Away for at least this many days</source>
            <translation>Absent depuis au moins ce nombre de jours</translation>
        </message>
        <message>
            <source>Contact log of the chosen patient</source>
            <translation>Journal des contacts du patient choisi</translation>
        </message>
        <message>
            <source>How the patient was contacted</source>
            <translation>Comment le patient a été contacté</translation>
        </message>
        <message>
            <source>Contact note</source>
            <translation>Note de contact</translation>
        </message>
        <message>
            <source>e.g. no answer, voicemail</source>
            <translation>p. ex. pas de réponse, messagerie vocale</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>&amp;Consigner le contact</translation>
        </message>
        <message>
            <source>Log the contact</source>
            <translation>Consigner le contact</translation>
        </message>
        <message>
            <source>Absent patients message</source>
            <translation>Message des patients absents</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the absent patients</source>
            <translation>Fermer les patients absents</translation>
        </message>
        <message>
            <source>Away for at least (&amp;days)</source>
            <translation>Absent depuis au moins (&amp;jours)</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Journal des contacts</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>&amp;Moyen</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Choisissez d'abord le patient dans la liste.</translation>
        </message>
        <message>
            <source>Contact logged.</source>
            <translation>Contact consigné.</translation>
        </message>
    </context>
    <context>
        <name>AbsentModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Identifiant clinique</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Dernière dose</translation>
        </message>
        <message>
            <source>Days away</source>
            <translation>Jours d'absence</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Jours manqués</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
    </context>
    <context>
        <name>AdministerStep</name>
        <message>
            <source>Administer</source>
            <translation>Administrer</translation>
        </message>
        <message>
            <source>Administer step</source>
            <translation>Étape d'administration</translation>
        </message>
        <message>
            <source>Prepared dose</source>
            <translation>Dose préparée</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Voie</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
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
            <translation>&amp;Complète : tout a été injecté</translation>
        </message>
        <message>
            <source>&amp;Partial: some was injected</source>
            <translation>&amp;Partielle : une partie a été injectée</translation>
        </message>
        <message>
            <source>Fai&amp;led: nothing or little went in</source>
            <translation>&amp;Échec : rien ou peu n'a été injecté</translation>
        </message>
        <message>
            <source>Outcome full</source>
            <translation>Résultat complet</translation>
        </message>
        <message>
            <source>Outcome partial</source>
            <translation>Résultat partiel</translation>
        </message>
        <message>
            <source>Outcome failed</source>
            <translation>Résultat échec</translation>
        </message>
        <message>
            <source>Milligrams actually injected</source>
            <translation>Milligrammes effectivement injectés</translation>
        </message>
        <message>
            <source>mg injected</source>
            <translation>mg injectés</translation>
        </message>
        <message>
            <source>Remainder to waste</source>
            <translation>Reste à éliminer</translation>
        </message>
        <message>
            <source>Venous access failed (longer observation)</source>
            <translation>Échec de l'accès veineux (observation prolongée)</translation>
        </message>
        <message>
            <source>Venous access failed</source>
            <translation>Échec de l'accès veineux</translation>
        </message>
        <message>
            <source>&amp;Record administration</source>
            <translation>Enre&amp;gistrer l'administration</translation>
        </message>
        <message>
            <source>Record administration</source>
            <translation>Enregistrer l'administration</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;Terminer la visite</translation>
        </message>
        <message>
            <source>End visit without a dose</source>
            <translation>Terminer la visite sans dose</translation>
        </message>
        <message>
            <source>Administration message</source>
            <translation>Message d'administration</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <source>&amp;Booth</source>
            <translation>Ca&amp;bine</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>&amp;Injected (mg)</source>
            <translation>&amp;Injecté (mg)</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Élimination</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>enter the mg injected, 0 if nothing (at most {prepared})</source>
            <translation>saisissez les mg injectés, 0 si rien (au plus {prepared})</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <source>Adverse event: %1</source>
            <translation>Événement indésirable : %1</translation>
        </message>
        <message>
            <source>&amp;What happened</source>
            <translation>&amp;Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Nalo&amp;xone</source>
            <translation>Nalo&amp;xone</translation>
        </message>
        <message>
            <source>Naloxone &amp;dose (mg)</source>
            <translation>&amp;Dose de naloxone (mg)</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <source>Choose what happened…</source>
            <translation>Choisissez ce qui s'est passé…</translation>
        </message>
        <message>
            <source>Choose: was naloxone given?</source>
            <translation>Choisissez : de la naloxone a-t-elle été administrée ?</translation>
        </message>
        <message>
            <source>No naloxone given</source>
            <translation>Pas de naloxone administrée</translation>
        </message>
        <message>
            <source>Naloxone given (enter the dose)</source>
            <translation>Naloxone administrée (saisir la dose)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Naloxone given or not</source>
            <translation>Naloxone administrée ou non</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>Choisissez ce qui s'est passé.</translation>
        </message>
        <message>
            <source>Say whether naloxone was given.</source>
            <translation>Indiquez si de la naloxone a été administrée.</translation>
        </message>
        <message>
            <source>Enter the naloxone dose in mg, or choose 'No naloxone given'.</source>
            <translation>Saisissez la dose de naloxone en mg, ou choisissez « Pas de naloxone administrée ».</translation>
        </message>
        <message>
            <source>Naloxone dose in milligrams</source>
            <translation>Dose de naloxone en milligrammes</translation>
        </message>
        <message>
            <source>e.g. 0.4</source>
            <translation>p. ex. 0,4</translation>
        </message>
        <message>
            <source>Time of the event</source>
            <translation>Heure de l'événement</translation>
        </message>
    </context>
    <context>
        <name>AssessStep</name>
        <message>
            <source>Sedation score</source>
            <translation>Score de sédation</translation>
        </message>
        <message>
            <source>Breath alcohol in per mille (optional)</source>
            <translation>Alcool dans l'air expiré en pour mille (facultatif)</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>non mesuré</translation>
        </message>
        <message>
            <source>Assessment notes</source>
            <translation>Notes d'évaluation</translation>
        </message>
        <message>
            <source>notes (optional)</source>
            <translation>notes (facultatif)</translation>
        </message>
        <message>
            <source>Dose in mg</source>
            <translation>Dose en mg</translation>
        </message>
        <message>
            <source>Drug</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <source>Record assessment and &amp;check rules</source>
            <translation>Enregistrer l'évaluation et &amp;vérifier les règles</translation>
        </message>
        <message>
            <source>Record assessment and check rules</source>
            <translation>Enregistrer l'évaluation et vérifier les règles</translation>
        </message>
        <message>
            <source>&amp;Sedation</source>
            <translation>&amp;Sédation</translation>
        </message>
        <message>
            <source>Breath &amp;alcohol (‰)</source>
            <translation>&amp;Alcool expiré (‰)</translation>
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
            <translation>La décision des règles</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Reasons for the decision</source>
            <translation>Motifs de la décision</translation>
        </message>
        <message>
            <source>Use the dose the rules allow</source>
            <translation>Utiliser la dose autorisée par les règles</translation>
        </message>
        <message>
            <source>I have read the warnings</source>
            <translation>J'ai lu les avertissements</translation>
        </message>
        <message>
            <source>Comment on the warning</source>
            <translation>Commentaire sur l'avertissement</translation>
        </message>
        <message>
            <source>comment (required)</source>
            <translation>commentaire (obligatoire)</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Motif de la dérogation</translation>
        </message>
        <message>
            <source>why the dose should be given</source>
            <translation>pourquoi la dose devrait être administrée</translation>
        </message>
        <message>
            <source>Get a second person's approval</source>
            <translation>Obtenir l'approbation d'une deuxième personne</translation>
        </message>
        <message>
            <source>Get a second person's appro&amp;val…</source>
            <translation>Obtenir l'appro&amp;bation d'une deuxième personne…</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approbation</translation>
        </message>
        <message>
            <source>Assessment message</source>
            <translation>Message d'évaluation</translation>
        </message>
        <message>
            <source>Continue to &amp;prepare</source>
            <translation>Continuer vers la &amp;préparation</translation>
        </message>
        <message>
            <source>Continue to prepare</source>
            <translation>Continuer vers la préparation</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;Terminer la visite</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <source>Assess the patient</source>
            <translation>Évaluer le patient</translation>
        </message>
        <message>
            <source>Assessment step</source>
            <translation>Étape d'évaluation</translation>
        </message>
        <message>
            <source>Choose the sedation score first.</source>
            <translation>Choisissez d'abord le score de sédation.</translation>
        </message>
        <message>
            <source>Breath alcohol must be a number (e.g. 0.2).</source>
            <translation>L'alcool expiré doit être un nombre (p. ex. 0.2).</translation>
        </message>
        <message>
            <source>Use {dose} (the most allowed now)</source>
            <translation>Utiliser {dose} (le maximum autorisé maintenant)</translation>
        </message>
        <message>
            <source>Write the reason for the override first.</source>
            <translation>Écrivez d'abord le motif de la dérogation.</translation>
        </message>
        <message>
            <source>Approve this dose despite: {concerns}</source>
            <translation>Approuver cette dose malgré : {concerns}</translation>
        </message>
        <message>
            <source>Approved by {name}: {reason}</source>
            <translation>Approuvé par {name} : {reason}</translation>
        </message>
        <message>
            <source>Warnings read and acknowledged.</source>
            <translation>Avertissements lus et confirmés.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take the patient's photo</source>
            <translation>Prendre la photo du patient</translation>
        </message>
        <message>
            <source>Camera message</source>
            <translation>Message de la caméra</translation>
        </message>
        <message>
            <source>Camera picture</source>
            <translation>Image de la caméra</translation>
        </message>
        <message>
            <source>&amp;Take photo</source>
            <translation>&amp;Prendre la photo</translation>
        </message>
        <message>
            <source>Take the photo now</source>
            <translation>Prendre la photo maintenant</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close without a photo</source>
            <translation>Fermer sans photo</translation>
        </message>
        <message>
            <source>No camera is connected to this computer.</source>
            <translation>Aucune caméra n'est connectée à cet ordinateur.</translation>
        </message>
        <message>
            <source>The camera is not ready yet: try again.</source>
            <translation>La caméra n'est pas encore prête : réessayez.</translation>
        </message>
        <message>
            <source>The camera reported a problem: no photo was taken.</source>
            <translation>La caméra a signalé un problème : aucune photo n'a été prise.</translation>
        </message>
    </context>
    <context>
        <name>CardIssueDialog</name>
        <message>
            <source>Issue a patient's card</source>
            <translation>Émettre la carte d'un patient</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Trouver un patient par identifiant clinique ou nom</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>identifiant clinique ou nom</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patients de la liste de ce poste</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>Card message</source>
            <translation>Message de la carte</translation>
        </message>
        <message>
            <source>&amp;Issue card…</source>
            <translation>É&amp;mettre la carte…</translation>
        </message>
        <message>
            <source>Have the server issue the chosen patient's card</source>
            <translation>Faire émettre par le serveur la carte du patient choisi</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the card screen</source>
            <translation>Fermer l'écran des cartes</translation>
        </message>
        <message>
            <source>Choose the patient first.</source>
            <translation>Choisissez d'abord le patient.</translation>
        </message>
        <message>
            <source>Asking the central server for the card…</source>
            <translation>Demande de la carte au serveur central…</translation>
        </message>
        <message>
            <source>Card {serial} for {clinic_id} written to {file}: print it, hand it to the patient and delete the file (it carries the patient's name). Their earlier cards stop working at each station once it syncs.</source>
            <translation>Carte {serial} pour {clinic_id} écrite dans {file} : imprimez-la, remettez-la au patient et supprimez le fichier (il contient le nom du patient). Ses cartes précédentes cessent de fonctionner à chaque poste dès sa synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>ClinicRulesDialog</name>
        <message>
            <source>Clinic rules and station settings</source>
            <translation>Règles de la clinique et paramètres du poste</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>Fermer les paramètres</translation>
        </message>
    </context>
    <context>
        <name>CountPage</name>
        <message>
            <source>&amp;Start a blind count</source>
            <translation>&amp;Démarrer un comptage à l'aveugle</translation>
        </message>
        <message>
            <source>Start a count</source>
            <translation>Démarrer un comptage</translation>
        </message>
        <message>
            <source>Count sheet</source>
            <translation>Feuille de comptage</translation>
        </message>
        <message>
            <source>Record the &amp;count</source>
            <translation>Enregistrer le &amp;comptage</translation>
        </message>
        <message>
            <source>Record the count</source>
            <translation>Enregistrer le comptage</translation>
        </message>
        <message>
            <source>Count result</source>
            <translation>Résultat du comptage</translation>
        </message>
        <message>
            <source>Count message</source>
            <translation>Message du comptage</translation>
        </message>
        <message>
            <source>Open discrepancies</source>
            <translation>Écarts ouverts</translation>
        </message>
        <message>
            <source>Reason for the discrepancy</source>
            <translation>Motif de l'écart</translation>
        </message>
        <message>
            <source>Sign &amp;off</source>
            <translation>&amp;Valider</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as the signed-in person</source>
            <translation>Valider l'écart en tant que personne connectée</translation>
        </message>
        <message>
            <source>Sign off as a second &amp;person…</source>
            <translation>Valider par une autre &amp;personne…</translation>
        </message>
        <message>
            <source>Sign off the discrepancy as another person</source>
            <translation>Valider l'écart en tant qu'autre personne</translation>
        </message>
        <message>
            <source>Discrepancies waiting for a sign-off</source>
            <translation>Écarts en attente de validation</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
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
            <translation>g net (pesé)</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Count what is there and type it in; the book values show afterwards.</source>
            <translation>Comptez ce qui est présent et saisissez-le ; les valeurs du registre s'affichent ensuite.</translation>
        </message>
        <message>
            <source>Nothing holds drug on the books: there is nothing to count.</source>
            <translation>Aucun contenant ne détient de produit selon le registre : il n'y a rien à compter.</translation>
        </message>
        <message>
            <source>Type a count for {batch}.</source>
            <translation>Saisissez un comptage pour {batch}.</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Différence</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>discrepancy</source>
            <translation>écart</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>concorde</translation>
        </message>
        <message>
            <source>The count matches the book.</source>
            <translation>Le comptage concorde avec le registre.</translation>
        </message>
        <message>
            <source>Count recorded: no discrepancy.</source>
            <translation>Comptage enregistré : aucun écart.</translation>
        </message>
        <message numerus="yes">
            <source>%n container(s) differ from the book.</source>
            <translation>
                <numerusform>%n contenant diffère du registre.</numerusform>
                <numerusform>%n contenants diffèrent du registre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count recorded with a discrepancy: give the reason and sign it off.</source>
            <translation>Comptage enregistré avec un écart : indiquez le motif et faites-le valider.</translation>
        </message>
        <message>
            <source>Count {id}</source>
            <translation>Comptage {id}</translation>
        </message>
        <message>
            <source>Choose a discrepancy to sign off.</source>
            <translation>Choisissez un écart à valider.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Indiquez le motif de l'écart.</translation>
        </message>
        <message>
            <source>Discrepancy signed off; the book follows the count.</source>
            <translation>Écart validé ; le registre suit le comptage.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refusé : {reason}</translation>
        </message>
    </context>
    <context>
        <name>CounterScreen</name>
        <message>
            <source>Observation board</source>
            <translation>Tableau d'observation</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong inside the program. What was already saved is kept; the step you were doing was not saved unless it shows as done. Please tell the technician.</source>
            <translation>Une erreur s'est produite dans le programme. Ce qui était déjà enregistré est conservé ; l'étape en cours n'a pas été enregistrée, sauf si elle apparaît comme terminée. Veuillez prévenir le technicien.</translation>
        </message>
        <message>
            <source>This step failed because of an error in the program; it was not saved. Try again, or tell the technician.</source>
            <translation>Cette étape a échoué à cause d'une erreur du programme ; elle n'a pas été enregistrée. Réessayez ou prévenez le technicien.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsPage</name>
        <message>
            <source>The bundle holds versions, settings, calibrations, event counts, logs and the device traffic of the raw monitors (scans and label fields only as their length and a hash). Names, clinic ids and birth dates are removed from every file.</source>
            <translation>Le paquet contient les versions, les paramètres, les étalonnages, le nombre d'événements, les journaux et le trafic des appareils des moniteurs bruts (les scans et les champs d'étiquette uniquement sous forme de longueur et d'empreinte). Les noms, identifiants cliniques et dates de naissance sont retirés de chaque fichier.</translation>
        </message>
        <message>
            <source>What the bundle holds</source>
            <translation>Contenu du paquet</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics bundle…</source>
            <translation>Enregistrer le paquet de &amp;diagnostic…</translation>
        </message>
        <message>
            <source>Save the diagnostics bundle</source>
            <translation>Enregistrer le paquet de diagnostic</translation>
        </message>
        <message>
            <source>Diagnostics message</source>
            <translation>Message de diagnostic</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Fichiers zip (*.zip)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Écriture de {file}…</translation>
        </message>
        <message>
            <source>Diagnostics bundle saved: {file}</source>
            <translation>Paquet de diagnostic enregistré : {file}</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <source>Discharge: %1</source>
            <translation>Sortie : %1</translation>
        </message>
        <message>
            <source>The observation time is not over yet (%1 left). A discharge now needs a reason.</source>
            <translation>Le temps d'observation n'est pas encore écoulé (encore %1). Une sortie maintenant nécessite un motif.</translation>
        </message>
        <message>
            <source>The observation time is over. Discharge the patient?</source>
            <translation>Le temps d'observation est écoulé. Laisser sortir le patient ?</translation>
        </message>
        <message>
            <source>&amp;Why does the patient leave early?</source>
            <translation>&amp;Pourquoi le patient part-il plus tôt ?</translation>
        </message>
        <message>
            <source>Reason for leaving early</source>
            <translation>Motif du départ anticipé</translation>
        </message>
        <message>
            <source>e.g. leaves against advice, signed out</source>
            <translation>p. ex. part contre avis médical, décharge signée</translation>
        </message>
        <message>
            <source>A second person (nurse or clinic lead) confirms this next.</source>
            <translation>Une deuxième personne (infirmier ou responsable de la clinique) le confirme ensuite.</translation>
        </message>
        <message>
            <source>Discharge &amp;note</source>
            <translation>&amp;Note de sortie</translation>
        </message>
        <message>
            <source>Discharge note</source>
            <translation>Note de sortie</translation>
        </message>
        <message>
            <source>e.g. alert, walking steadily</source>
            <translation>p. ex. alerte, marche assurée</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <source>&amp;Discharge</source>
            <translation>&amp;Sortie</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Say why the patient leaves before the time is up.</source>
            <translation>Indiquez pourquoi le patient part avant la fin du temps.</translation>
        </message>
    </context>
    <context>
        <name>DoneStep</name>
        <message>
            <source>Dose recorded</source>
            <translation>Dose enregistrée</translation>
        </message>
        <message>
            <source>Observation summary</source>
            <translation>Résumé de l'observation</translation>
        </message>
        <message>
            <source>&amp;Next patient</source>
            <translation>Patient &amp;suivant</translation>
        </message>
        <message>
            <source>Next patient</source>
            <translation>Patient suivant</translation>
        </message>
    </context>
    <context>
        <name>DoseActions</name>
        <message>
            <source>Recent doses</source>
            <translation>Doses récentes</translation>
        </message>
        <message>
            <source>Recent doses of the chosen patient</source>
            <translation>Doses récentes du patient choisi</translation>
        </message>
        <message>
            <source>No dose on record.</source>
            <translation>Aucune dose enregistrée.</translation>
        </message>
        <message>
            <source>No dose on record</source>
            <translation>Aucune dose enregistrée</translation>
        </message>
        <message>
            <source>Reason for voiding the dose or correcting its time</source>
            <translation>Motif de l'annulation de la dose ou de la correction de son heure</translation>
        </message>
        <message>
            <source>e.g. recorded for the wrong patient</source>
            <translation>p. ex. enregistrée pour le mauvais patient</translation>
        </message>
        <message>
            <source>&amp;Void the chosen dose…</source>
            <translation>&amp;Annuler la dose choisie…</translation>
        </message>
        <message>
            <source>Void the chosen dose record</source>
            <translation>Annuler l'enregistrement de la dose choisie</translation>
        </message>
        <message>
            <source>Corrected time of the chosen dose, in the clinic's time zone</source>
            <translation>Heure corrigée de la dose choisie, dans le fuseau horaire de la clinique</translation>
        </message>
        <message>
            <source>&amp;Correct the time</source>
            <translation>&amp;Corriger l'heure</translation>
        </message>
        <message>
            <source>Correct the chosen dose's time</source>
            <translation>Corriger l'heure de la dose choisie</translation>
        </message>
        <message>
            <source>Recent &amp;doses</source>
            <translation>&amp;Doses récentes</translation>
        </message>
        <message>
            <source>Re&amp;ason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>Corrected ti&amp;me (clinic time)</source>
            <translation>&amp;Heure corrigée (heure de la clinique)</translation>
        </message>
        <message>
            <source>{time}  {drug} {mg} ({outcome}), station {station}</source>
            <translation>{time}  {drug} {mg} ({outcome}), poste {station}</translation>
        </message>
        <message>
            <source> — VOIDED</source>
            <translation> — ANNULÉE</translation>
        </message>
        <message>
            <source>Choose a patient and one of their doses first.</source>
            <translation>Choisissez d'abord un patient et l'une de ses doses.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Indiquez pourquoi l'enregistrement de la dose est annulé.</translation>
        </message>
        <message>
            <source>Confirm that this dose record was entered in error and is voided.</source>
            <translation>Confirmez que cet enregistrement de dose a été saisi par erreur et qu'il est annulé.</translation>
        </message>
        <message>
            <source>The dose record is voided; it no longer counts.</source>
            <translation>L'enregistrement de la dose est annulé ; il ne compte plus.</translation>
        </message>
        <message>
            <source>The dose's time is corrected to {time}.</source>
            <translation>L'heure de la dose est corrigée à {time}.</translation>
        </message>
    </context>
    <context>
        <name>DoseWords</name>
        <message>
            <source>full</source>
            <translation>complète</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>partielle</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échouée</translation>
        </message>
    </context>
    <context>
        <name>EndVisitDialog</name>
        <message>
            <source>The patient left</source>
            <translation>Le patient est parti</translation>
        </message>
        <message>
            <source>The patient declined the dose</source>
            <translation>Le patient a refusé la dose</translation>
        </message>
        <message>
            <source>Not fit for a dose now (intoxicated, unwell)</source>
            <translation>Pas en état de recevoir une dose maintenant (intoxiqué, malade)</translation>
        </message>
        <message>
            <source>The rules allow no dose now</source>
            <translation>Les règles n'autorisent aucune dose maintenant</translation>
        </message>
        <message>
            <source>A problem with the syringe or the solution</source>
            <translation>Un problème avec la seringue ou la solution</translation>
        </message>
        <message>
            <source>Another reason (say which)</source>
            <translation>Un autre motif (préciser lequel)</translation>
        </message>
        <message>
            <source>End the visit without a dose</source>
            <translation>Terminer la visite sans dose</translation>
        </message>
        <message>
            <source>The patient was assessed. Why is the dose not given?</source>
            <translation>Le patient a été évalué. Pourquoi la dose n'est-elle pas administrée ?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Why the dose is not given</source>
            <translation>Pourquoi la dose n'est pas administrée</translation>
        </message>
        <message>
            <source>choose why…</source>
            <translation>choisissez pourquoi…</translation>
        </message>
        <message>
            <source>More about why</source>
            <translation>Précisions sur le motif</translation>
        </message>
        <message>
            <source>words (required for another)</source>
            <translation>texte (obligatoire pour « autre »)</translation>
        </message>
        <message>
            <source>E&amp;nd the visit</source>
            <translation>&amp;Terminer la visite</translation>
        </message>
        <message>
            <source>End the visit</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <source>&amp;Keep the visit</source>
            <translation>&amp;Poursuivre la visite</translation>
        </message>
        <message>
            <source>Keep the visit</source>
            <translation>Poursuivre la visite</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>Pour&amp;quoi</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>Pré&amp;cisions</translation>
        </message>
    </context>
    <context>
        <name>EnrollmentPage</name>
        <message>
            <source>Enrollment state</source>
            <translation>État de l'inscription</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>One-time enrollment code</source>
            <translation>Code d'inscription à usage unique</translation>
        </message>
        <message>
            <source>Clinic CA file (PEM)</source>
            <translation>Fichier CA de la clinique (PEM)</translation>
        </message>
        <message>
            <source>Optional: /path/to/clinic-ca.pem</source>
            <translation>Facultatif : /chemin/vers/clinic-ca.pem</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Choose the clinic CA file</source>
            <translation>Choisir le fichier CA de la clinique</translation>
        </message>
        <message>
            <source>Only needed when the server's certificate is signed by the clinic's own certificate authority.</source>
            <translation>Nécessaire uniquement si le certificat du serveur est signé par la propre autorité de certification de la clinique.</translation>
        </message>
        <message>
            <source>About the clinic CA file</source>
            <translation>À propos du fichier CA de la clinique</translation>
        </message>
        <message>
            <source>&amp;Enroll this station</source>
            <translation>&amp;Inscrire ce poste</translation>
        </message>
        <message>
            <source>Enroll this station</source>
            <translation>Inscrire ce poste</translation>
        </message>
        <message>
            <source>Check and &amp;use this CA file</source>
            <translation>Vérifier et &amp;utiliser ce fichier CA</translation>
        </message>
        <message>
            <source>Check the server's certificate with this CA file, then use it</source>
            <translation>Vérifier le certificat du serveur avec ce fichier CA, puis l'utiliser</translation>
        </message>
        <message>
            <source>Use the s&amp;ystem's CAs</source>
            <translation>Utiliser les CA du s&amp;ystème</translation>
        </message>
        <message>
            <source>Check the server's certificate with the system's CAs again</source>
            <translation>Vérifier à nouveau le certificat du serveur avec les CA du système</translation>
        </message>
        <message>
            <source>Enrollment message</source>
            <translation>Message d'inscription</translation>
        </message>
        <message>
            <source>Server &amp;address</source>
            <translation>&amp;Adresse du serveur</translation>
        </message>
        <message>
            <source>One-time &amp;code</source>
            <translation>C&amp;ode à usage unique</translation>
        </message>
        <message>
            <source>Clinic CA &amp;file (PEM)</source>
            <translation>&amp;Fichier CA de la clinique (PEM)</translation>
        </message>
        <message>
            <source>Clinic CA file</source>
            <translation>Fichier CA de la clinique</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Not enrolled: the station works offline.</source>
            <translation>Non inscrit : le poste fonctionne hors ligne.</translation>
        </message>
        <message>
            <source>To change it, give the clinic's new CA file and press "Check and use this CA file": the server's certificate is checked with it first.</source>
            <translation>Pour le changer, indiquez le nouveau fichier CA de la clinique et appuyez sur « Vérifier et utiliser ce fichier CA » : le certificat du serveur est d'abord vérifié avec celui-ci.</translation>
        </message>
        <message>
            <source>The server is http://: it has no certificate to check.</source>
            <translation>Le serveur est en http:// : il n'a pas de certificat à vérifier.</translation>
        </message>
        <message>
            <source>Enrolled with {url} (clinic {clinic}); server key {key} pinned.</source>
            <translation>Inscrit auprès de {url} (clinique {clinic}) ; clé du serveur {key} épinglée.</translation>
        </message>
        <message>
            <source>Server certificate checked with {path}.</source>
            <translation>Certificat du serveur vérifié avec {path}.</translation>
        </message>
        <message>
            <source>Give the server's address (http:// or https://) and the one-time code.</source>
            <translation>Indiquez l'adresse du serveur (http:// ou https://) et le code à usage unique.</translation>
        </message>
        <message>
            <source>The clinic CA file checks an https:// server: give an https:// address or leave the CA file empty.</source>
            <translation>Le fichier CA de la clinique sert à vérifier un serveur https:// : indiquez une adresse https:// ou laissez le fichier CA vide.</translation>
        </message>
        <message>
            <source>Enrolling…</source>
            <translation>Inscription…</translation>
        </message>
        <message>
            <source>Give the clinic's CA file (PEM) to check the server's certificate with.</source>
            <translation>Indiquez le fichier CA de la clinique (PEM) avec lequel vérifier le certificat du serveur.</translation>
        </message>
        <message>
            <source>Checking the server's certificate…</source>
            <translation>Vérification du certificat du serveur…</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with {path}.</source>
            <translation>Le certificat du serveur est désormais vérifié avec {path}.</translation>
        </message>
        <message>
            <source>The server's certificate is now checked with the system's CAs.</source>
            <translation>Le certificat du serveur est désormais vérifié avec les CA du système.</translation>
        </message>
        <message>
            <source>Station enrolled.</source>
            <translation>Poste inscrit.</translation>
        </message>
    </context>
    <context>
        <name>HandoverBox</name>
        <message>
            <source>checking the face</source>
            <translation>vérification du visage</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>preparing the syringe</source>
            <translation>préparation de la seringue</translation>
        </message>
        <message>
            <source>labelling the syringe</source>
            <translation>étiquetage de la seringue</translation>
        </message>
        <message>
            <source>the syringe is ready to give</source>
            <translation>la seringue est prête à être administrée</translation>
        </message>
        <message>
            <source>Visit in progress</source>
            <translation>Visite en cours</translation>
        </message>
        <message>
            <source>Visit in progress by another person</source>
            <translation>Visite en cours par une autre personne</translation>
        </message>
        <message>
            <source>Whose visit is in progress</source>
            <translation>À qui appartient la visite en cours</translation>
        </message>
        <message>
            <source>&amp;Take over this visit</source>
            <translation>&amp;Reprendre cette visite</translation>
        </message>
        <message>
            <source>Take over this visit (recorded)</source>
            <translation>Reprendre cette visite (consigné)</translation>
        </message>
        <message>
            <source>A visit is in progress by {name} since {time} ({step}).</source>
            <translation>Une visite est en cours par {name} depuis {time} ({step}).</translation>
        </message>
        <message numerus="yes">
            <source>%n more open visit(s).</source>
            <translation>
                <numerusform>%n autre visite ouverte.</numerusform>
                <numerusform>%n autres visites ouvertes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdentifyStep</name>
        <message>
            <source>Scan the patient's card (serial scanner or keyboard scanner).</source>
            <translation>Scannez la carte du patient (lecteur série ou lecteur clavier).</translation>
        </message>
        <message>
            <source>Scan the card</source>
            <translation>Scanner la carte</translation>
        </message>
        <message>
            <source>Identification message</source>
            <translation>Message d'identification</translation>
        </message>
        <message>
            <source>Without a card</source>
            <translation>Sans carte</translation>
        </message>
        <message>
            <source>Identify without a card</source>
            <translation>Identifier sans carte</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>nom de famille</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Search patients</source>
            <translation>Rechercher des patients</translation>
        </message>
        <message>
            <source>Matching patients</source>
            <translation>Patients correspondants</translation>
        </message>
        <message>
            <source>Reason for identifying without a card</source>
            <translation>Motif de l'identification sans carte</translation>
        </message>
        <message>
            <source>e.g. card left at home</source>
            <translation>p. ex. carte oubliée à la maison</translation>
        </message>
        <message>
            <source>Identify with a &amp;witness…</source>
            <translation>Identifier avec un &amp;témoin…</translation>
        </message>
        <message>
            <source>Identify with a witness</source>
            <translation>Identifier avec un témoin</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Nom de famille</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Date de naissance</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Correspondances</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>Check the face</source>
            <translation>Vérifier le visage</translation>
        </message>
        <message>
            <source>Check the face against the photo</source>
            <translation>Comparer le visage avec la photo</translation>
        </message>
        <message>
            <source>Does the person in front of you match the photo and birth date?</source>
            <translation>La personne en face de vous correspond-elle à la photo et à la date de naissance ?</translation>
        </message>
        <message>
            <source>Face check question</source>
            <translation>Question de vérification du visage</translation>
        </message>
        <message>
            <source>&amp;Yes, it is this patient</source>
            <translation>&amp;Oui, c'est ce patient</translation>
        </message>
        <message>
            <source>Face matches: continue</source>
            <translation>Le visage correspond : continuer</translation>
        </message>
        <message>
            <source>No, stop</source>
            <translation>Non, arrêter</translation>
        </message>
        <message>
            <source>Face does not match: stop</source>
            <translation>Le visage ne correspond pas : arrêter</translation>
        </message>
        <message>
            <source>Checking the card…</source>
            <translation>Vérification de la carte…</translation>
        </message>
        <message>
            <source>Identity recorded. Check the face.</source>
            <translation>Identité enregistrée. Vérifiez le visage.</translation>
        </message>
        <message>
            <source>Enter the family name and the birth date.</source>
            <translation>Saisissez le nom de famille et la date de naissance.</translation>
        </message>
        <message>
            <source>No patient with this family name and birth date.</source>
            <translation>Aucun patient avec ce nom de famille et cette date de naissance.</translation>
        </message>
        <message>
            <source>Search and choose the patient first.</source>
            <translation>Recherchez et choisissez d'abord le patient.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Indiquez pourquoi le patient est identifié sans carte.</translation>
        </message>
        <message>
            <source>Confirm that the person at the counter is the patient chosen (no card).</source>
            <translation>Confirmez que la personne au guichet est bien le patient choisi (sans carte).</translation>
        </message>
    </context>
    <context>
        <name>IncidentsDialog</name>
        <message>
            <source>Suspected double dose</source>
            <translation>Double dose suspectée</translation>
        </message>
        <message>
            <source>Daily maximum exceeded across stations</source>
            <translation>Maximum journalier dépassé entre plusieurs postes</translation>
        </message>
        <message>
            <source>Two histories under one station (fork)</source>
            <translation>Deux historiques sous un même poste (bifurcation)</translation>
        </message>
        <message>
            <source>Records whose signature does not match</source>
            <translation>Enregistrements dont la signature ne correspond pas</translation>
        </message>
        <message>
            <source>Incidents to review</source>
            <translation>Incidents à examiner</translation>
        </message>
        <message>
            <source>Asking the central server…</source>
            <translation>Interrogation du serveur central…</translation>
        </message>
        <message>
            <source>Server state</source>
            <translation>État du serveur</translation>
        </message>
        <message>
            <source>Incidents raised by the central server</source>
            <translation>Incidents signalés par le serveur central</translation>
        </message>
        <message>
            <source>No incident chosen.</source>
            <translation>Aucun incident choisi.</translation>
        </message>
        <message>
            <source>Chosen incident</source>
            <translation>Incident choisi</translation>
        </message>
        <message>
            <source>Doses involved in the chosen incident</source>
            <translation>Doses concernées par l'incident choisi</translation>
        </message>
        <message>
            <source>How the incident was resolved</source>
            <translation>Comment l'incident a été résolu</translation>
        </message>
        <message>
            <source>Incidents message</source>
            <translation>Message des incidents</translation>
        </message>
        <message>
            <source>&amp;Fetch again</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Fetch the incidents from the server again</source>
            <translation>Récupérer à nouveau les incidents auprès du serveur</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the incidents</source>
            <translation>Fermer les incidents</translation>
        </message>
        <message>
            <source>Resolve the chosen incident</source>
            <translation>Résoudre l'incident choisi</translation>
        </message>
        <message>
            <source>What was found and done</source>
            <translation>Ce qui a été constaté et fait</translation>
        </message>
        <message>
            <source>e.g. both doses confirmed, patient seen</source>
            <translation>p. ex. les deux doses confirmées, patient vu</translation>
        </message>
        <message>
            <source>Your password, to sign as reviewed</source>
            <translation>Votre mot de passe, pour signer comme examiné</translation>
        </message>
        <message>
            <source>&amp;Resolve (sign as reviewed)</source>
            <translation>&amp;Résoudre (signer comme examiné)</translation>
        </message>
        <message>
            <source>Resolve the chosen incident with your signature</source>
            <translation>Résoudre l'incident choisi avec votre signature</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>Mot de &amp;passe</translation>
        </message>
        <message>
            <source>&amp;Incidents</source>
            <translation>&amp;Incidents</translation>
        </message>
        <message>
            <source>&amp;Doses involved</source>
            <translation>&amp;Doses concernées</translation>
        </message>
        <message numerus="yes">
            <source>Fetched from the central server at {time}: %n open incident(s).</source>
            <translation>
                <numerusform>Récupéré du serveur central à {time} : %n incident ouvert.</numerusform>
                <numerusform>Récupéré du serveur central à {time} : %n incidents ouverts.</numerusform>
            </translation>
        </message>
        <message>
            <source>The central server cannot be asked now, and no list was fetched yet.</source>
            <translation>Le serveur central ne peut pas être interrogé pour l'instant, et aucune liste n'a encore été récupérée.</translation>
        </message>
        <message>
            <source>The central server cannot be asked now: this is the list fetched at {time}.</source>
            <translation>Le serveur central ne peut pas être interrogé pour l'instant : voici la liste récupérée à {time}.</translation>
        </message>
        <message>
            <source>a patient not on this station's roster</source>
            <translation>un patient absent de la liste de ce poste</translation>
        </message>
        <message>
            <source>no patient</source>
            <translation>aucun patient</translation>
        </message>
        <message>
            <source>resolved here, sent with the next sync</source>
            <translation>résolu ici, envoyé à la prochaine synchronisation</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>résolu</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>{kind} — {patient} — raised {time} — {status}</source>
            <translation>{kind} — {patient} — signalé {time} — {status}</translation>
        </message>
        <message>
            <source>{time}: {mg} mg {drug} at station {station}, given by {by}</source>
            <translation>{time} : {mg} mg {drug} au poste {station}, administré par {by}</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(inconnu du serveur)</translation>
        </message>
        <message>
            <source>Resolved by {name} at {time}: {note}</source>
            <translation>Résolu par {name} à {time} : {note}</translation>
        </message>
        <message>
            <source>Resolved at this station; the server marks it when the station syncs.</source>
            <translation>Résolu à ce poste ; le serveur le marque lors de la synchronisation du poste.</translation>
        </message>
        <message>
            <source>Open: review the doses and resolve it.</source>
            <translation>Ouvert : examinez les doses et résolvez-le.</translation>
        </message>
        <message>
            <source>Enter your password to sign.</source>
            <translation>Saisissez votre mot de passe pour signer.</translation>
        </message>
        <message>
            <source>Resolved and signed. The server marks it when this station syncs.</source>
            <translation>Résolu et signé. Le serveur le marque lors de la synchronisation de ce poste.</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Register a patient</source>
            <translation>Inscrire un patient</translation>
        </message>
        <message>
            <source>Registration message</source>
            <translation>Message d'inscription</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>Prénoms</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>jj.mm.aaaa</translation>
        </message>
        <message>
            <source>Clinic number</source>
            <translation>Numéro de clinique</translation>
        </message>
        <message>
            <source>e.g. HAT-0042</source>
            <translation>p. ex. HAT-0042</translation>
        </message>
        <message>
            <source>Home station</source>
            <translation>Poste habituel</translation>
        </message>
        <message>
            <source>I checked: this is a &amp;different person from the patient(s) on the roster</source>
            <translation>J'ai vérifié : il s'agit d'une personne &amp;différente du ou des patients de la liste</translation>
        </message>
        <message>
            <source>This is a different person</source>
            <translation>Il s'agit d'une autre personne</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Nom de famille</translation>
        </message>
        <message>
            <source>&amp;Given names</source>
            <translation>&amp;Prénoms</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>Date de n&amp;aissance</translation>
        </message>
        <message>
            <source>&amp;Clinic number</source>
            <translation>Numéro de &amp;clinique</translation>
        </message>
        <message>
            <source>&amp;Home station</source>
            <translation>Poste &amp;habituel</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Register the patient</source>
            <translation>Inscrire le patient</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close without registering</source>
            <translation>Fermer sans inscrire</translation>
        </message>
        <message>
            <source>Photo for identification</source>
            <translation>Photo d'identification</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>Pas encore de photo</translation>
        </message>
        <message>
            <source>Photo preview</source>
            <translation>Aperçu de la photo</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>&amp;Importer depuis un fichier…</translation>
        </message>
        <message>
            <source>Import the photo from a file</source>
            <translation>Importer la photo depuis un fichier</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>Prendre la pho&amp;to…</translation>
        </message>
        <message>
            <source>Take the photo</source>
            <translation>Prendre la photo</translation>
        </message>
        <message>
            <source>No camera support installed: import the photo from a file.</source>
            <translation>Aucune prise en charge de caméra installée : importez la photo depuis un fichier.</translation>
        </message>
        <message>
            <source>Camera unavailable</source>
            <translation>Caméra indisponible</translation>
        </message>
        <message>
            <source>Import the patient's photo</source>
            <translation>Importer la photo du patient</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
            <translation>Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
        </message>
        <message>
            <source>Reading the photo…</source>
            <translation>Lecture de la photo…</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Le fichier n'a pas pu être lu.</translation>
        </message>
        <message>
            <source>Photo preview: a photo is chosen</source>
            <translation>Aperçu de la photo : une photo est choisie</translation>
        </message>
        <message>
            <source>Photo ready: it is kept with the registration.</source>
            <translation>Photo prête : elle est conservée avec l'inscription.</translation>
        </message>
        <message>
            <source>Type the birth date as day.month.year, for example 14.07.1981.</source>
            <translation>Saisissez la date de naissance sous la forme jour.mois.année, par exemple 14.07.1981.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDialog</name>
        <message>
            <source>The station's record was changed</source>
            <translation>Le journal du poste a été modifié</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Ce qui a été constaté</translation>
        </message>
        <message>
            <source>Until the record is rebuilt, this station gives no dose, counts no stock and does not sync.</source>
            <translation>Tant que le journal n'est pas reconstruit, ce poste n'administre aucune dose, ne compte pas de stock et ne se synchronise pas.</translation>
        </message>
        <message>
            <source>What it means</source>
            <translation>Ce que cela signifie</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain: what the chain can give back is derived again, and what was set back is listed and recorded.</source>
            <translation>Reconstruire le journal à partir de la chaîne vérifiée : ce que la chaîne peut restituer est dérivé à nouveau, et ce qui a été annulé est listé et consigné.</translation>
        </message>
        <message>
            <source>Call an administrator: only they can rebuild the record.</source>
            <translation>Appelez un administrateur : lui seul peut reconstruire le journal.</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>What the rebuild set back</source>
            <translation>Ce que la reconstruction a annulé</translation>
        </message>
        <message>
            <source>Rebuild message</source>
            <translation>Message de reconstruction</translation>
        </message>
        <message>
            <source>&amp;Rebuild the record</source>
            <translation>&amp;Reconstruire le journal</translation>
        </message>
        <message>
            <source>Rebuild the record from the verified chain</source>
            <translation>Reconstruire le journal à partir de la chaîne vérifiée</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Rebuilding the record from the verified chain…</source>
            <translation>Reconstruction du journal à partir de la chaîne vérifiée…</translation>
        </message>
        <message>
            <source>Nothing to set back.</source>
            <translation>Rien à annuler.</translation>
        </message>
        <message>
            <source>The record is rebuilt and sealed again: the station works again.</source>
            <translation>Le journal est reconstruit et scellé à nouveau : le poste fonctionne de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>LabelStep</name>
        <message>
            <source>Print the syringe label</source>
            <translation>Imprimer l'étiquette de la seringue</translation>
        </message>
        <message>
            <source>Label step</source>
            <translation>Étape d'étiquetage</translation>
        </message>
        <message>
            <source>Label preview</source>
            <translation>Aperçu de l'étiquette</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>État de l'imprimante</translation>
        </message>
        <message>
            <source>&amp;Print label</source>
            <translation>&amp;Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Print the label</source>
            <translation>Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Printing message</source>
            <translation>Message d'impression</translation>
        </message>
        <message>
            <source>Continue to &amp;administer</source>
            <translation>Continuer vers l'&amp;administration</translation>
        </message>
        <message>
            <source>Continue to administer</source>
            <translation>Continuer vers l'administration</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>&amp;Terminer la visite</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <source>Why the syringe goes without a printed label</source>
            <translation>Pourquoi la seringue part sans étiquette imprimée</translation>
        </message>
        <message>
            <source>reason (printer out of order…)</source>
            <translation>motif (imprimante en panne…)</translation>
        </message>
        <message>
            <source>&amp;Go on without a label…</source>
            <translation>&amp;Continuer sans étiquette…</translation>
        </message>
        <message>
            <source>Go on without a printed label, with a second person</source>
            <translation>Continuer sans étiquette imprimée, avec une deuxième personne</translation>
        </message>
        <message>
            <source>Printer: {state} — {message}</source>
            <translation>Imprimante : {state} — {message}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Impression…</translation>
        </message>
        <message>
            <source>Label printed. Stick it on the syringe.</source>
            <translation>Étiquette imprimée. Collez-la sur la seringue.</translation>
        </message>
        <message>
            <source>Label printed again ({n} prints, recorded with the dose).</source>
            <translation>Étiquette réimprimée ({n} impressions, consignées avec la dose).</translation>
        </message>
        <message>
            <source>&amp;Print again</source>
            <translation>&amp;Imprimer à nouveau</translation>
        </message>
        <message>
            <source>Not printed: {why}</source>
            <translation>Non imprimée : {why}</translation>
        </message>
        <message>
            <source>Write why the syringe goes without a label first.</source>
            <translation>Écrivez d'abord pourquoi la seringue part sans étiquette.</translation>
        </message>
        <message>
            <source>Approve giving this syringe without a printed label.</source>
            <translation>Approuver l'administration de cette seringue sans étiquette imprimée.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>no parity</source>
            <translation>sans parité</translation>
        </message>
        <message>
            <source>even parity</source>
            <translation>parité paire</translation>
        </message>
        <message>
            <source>odd parity</source>
            <translation>parité impaire</translation>
        </message>
        <message>
            <source>mark parity</source>
            <translation>parité marque</translation>
        </message>
        <message>
            <source>space parity</source>
            <translation>parité espace</translation>
        </message>
        <message>
            <source>stop bits: {bits}</source>
            <translation>bits d'arrêt : {bits}</translation>
        </message>
        <message>
            <source>no handshake</source>
            <translation>sans contrôle de flux</translation>
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
            <translation>{device} : vitesse en bauds</translation>
        </message>
        <message>
            <source>{device} data bits</source>
            <translation>{device} : bits de données</translation>
        </message>
        <message>
            <source>{device} parity</source>
            <translation>{device} : parité</translation>
        </message>
        <message>
            <source>{device} stop bits</source>
            <translation>{device} : bits d'arrêt</translation>
        </message>
        <message>
            <source>{device} handshake</source>
            <translation>{device} : contrôle de flux</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>{station}: sign in</source>
            <translation>{station} : connexion</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Why the screen is locked</source>
            <translation>Pourquoi l'écran est verrouillé</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>votre nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>your password</source>
            <translation>votre mot de passe</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Message de connexion</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>Mot de &amp;passe</translation>
        </message>
        <message>
            <source>Demo mode: fictional staff and patients.</source>
            <translation>Mode démo : personnel et patients fictifs.</translation>
        </message>
        <message>
            <source>Demo users and their passwords</source>
            <translation>Utilisateurs de démo et leurs mots de passe</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Select all demo users</source>
            <translation>Sélectionner tous les utilisateurs de démo</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <source>Opening the station… you are signed in once it is open.</source>
            <translation>Ouverture du poste… vous êtes connecté dès qu'il est ouvert.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
    </context>
    <context>
        <name>MessageParts</name>
        <message>
            <source>The dose</source>
            <translation>La dose</translation>
        </message>
        <message>
            <source>The amount given</source>
            <translation>La quantité administrée</translation>
        </message>
        <message>
            <source>a patient's identity without a card</source>
            <translation>l'identité d'un patient sans carte</translation>
        </message>
        <message>
            <source>a syringe without a printed label</source>
            <translation>une seringue sans étiquette imprimée</translation>
        </message>
        <message>
            <source>a dose override</source>
            <translation>une dérogation de dose</translation>
        </message>
        <message>
            <source>voiding a dose record</source>
            <translation>l'annulation d'un enregistrement de dose</translation>
        </message>
        <message>
            <source>a discharge before the time</source>
            <translation>une sortie avant la fin du temps</translation>
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
            <translation>mouvement</translation>
        </message>
        <message>
            <source>nurse</source>
            <translation>infirmier</translation>
        </message>
        <message>
            <source>pharmacist</source>
            <translation>pharmacien</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>technicien</translation>
        </message>
        <message>
            <source>clinic lead</source>
            <translation>responsable de la clinique</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <source>prescriber</source>
            <translation>médecin prescripteur</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} ou {second}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The pharmacy workspace is for pharmacists only.</source>
            <translation>L'espace pharmacie est réservé aux pharmaciens.</translation>
        </message>
        <message>
            <source>This needs the role {roles}; {username} lacks it.</source>
            <translation>Ceci nécessite le rôle {roles} ; {username} ne l'a pas.</translation>
        </message>
        <message>
            <source>The technician's workspace is for technicians only.</source>
            <translation>L'espace technicien est réservé aux techniciens.</translation>
        </message>
        <message>
            <source>An administrator cannot disable their own account.</source>
            <translation>Un administrateur ne peut pas désactiver son propre compte.</translation>
        </message>
        <message>
            <source>A card issuer's key needs its key id.</source>
            <translation>La clé d'un émetteur de cartes nécessite son identifiant de clé.</translation>
        </message>
        <message>
            <source>This key id is the central server's: its key comes with the enrolment and cannot be replaced here.</source>
            <translation>Cet identifiant de clé est celui du serveur central : sa clé est fournie avec l'inscription et ne peut pas être remplacée ici.</translation>
        </message>
        <message>
            <source>Check the rules before giving a dose.</source>
            <translation>Vérifiez les règles avant d'administrer une dose.</translation>
        </message>
        <message>
            <source>Weigh the syringe and accept its weight before it is given.</source>
            <translation>Pesez la seringue et acceptez son poids avant de l'administrer.</translation>
        </message>
        <message>
            <source>The syringe has no printed label: print it, or a second person approves going without one, with a reason.</source>
            <translation>La seringue n'a pas d'étiquette imprimée : imprimez-la, ou une deuxième personne approuve l'absence d'étiquette, avec un motif.</translation>
        </message>
        <message>
            <source>Solution batch {batch} expired at {expired_at}: it may not be used. Prepare the dose from a usable batch.</source>
            <translation>Le lot de solution {batch} est périmé depuis {expired_at} : il ne peut pas être utilisé. Préparez la dose à partir d'un lot utilisable.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds only {held} mg in the register, less than this syringe's {prepared} mg: it would be overdrawn. Prepare the dose from another batch and tell the pharmacist (a count is due).</source>
            <translation>Le lot de solution {batch} ne contient que {held} mg selon le registre, moins que les {prepared} mg de cette seringue : il serait à découvert. Préparez la dose à partir d'un autre lot et prévenez le pharmacien (un comptage s'impose).</translation>
        </message>
        <message>
            <source>There is no such solution batch in this station's register.</source>
            <translation>Ce lot de solution n'existe pas dans le registre de ce poste.</translation>
        </message>
        <message>
            <source>Solution batch {batch} holds {substance}, not the {drug} the decision is for.</source>
            <translation>Le lot de solution {batch} contient {substance}, et non le {drug} visé par la décision.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet: sync, or identify the patient without the card.</source>
            <translation>La carte est authentique, mais son patient n'est pas encore sur la liste de ce poste : synchronisez, ou identifiez le patient sans la carte.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a scanned card was refused; detail: the card check's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The dose ({dose} mg) is above what may be given now ({allowed} mg). Check the rules again for a smaller dose.</source>
            <translation>La dose ({dose} mg) dépasse ce qui peut être administré maintenant ({allowed} mg). Vérifiez à nouveau les règles pour une dose plus faible.</translation>
        </message>
        <message>
            <source>This dose is blocked: {reasons}</source>
            <translation>Cette dose est bloquée : {reasons}</translation>
        </message>
        <message>
            <source>This visit's dose is recorded already.</source>
            <translation>La dose de cette visite est déjà enregistrée.</translation>
        </message>
        <message>
            <source>A dose of 0 mg cannot be recorded as given.</source>
            <translation>Une dose de 0 mg ne peut pas être enregistrée comme administrée.</translation>
        </message>
        <message>
            <source>Choose the drug and form from the list.</source>
            <translation>Choisissez le médicament et la forme dans la liste.</translation>
        </message>
        <message>
            <source>A full injection gives what was prepared ({prepared} mg): record a partial injection for another amount.</source>
            <translation>Une injection complète administre ce qui a été préparé ({prepared} mg) : enregistrez une injection partielle pour une autre quantité.</translation>
        </message>
        <message>
            <source>Enter how many mg went in: a partial or failed injection needs the amount given (0 mg when nothing went in).</source>
            <translation>Saisissez combien de mg ont été injectés : une injection partielle ou échouée nécessite la quantité administrée (0 mg si rien n'a été injecté).</translation>
        </message>
        <message>
            <source>More than was prepared cannot be given: at most {prepared} mg went in.</source>
            <translation>On ne peut pas administrer plus que ce qui a été préparé : au plus {prepared} mg ont été injectés.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe before its label is printed.</source>
            <translation>Pesez et acceptez la seringue avant d'imprimer son étiquette.</translation>
        </message>
        <message>
            <source>The server's hold on this patient's dose ran out before the dose was recorded: nothing was recorded; check the rules again.</source>
            <translation>La réservation par le serveur de la dose de ce patient a expiré avant l'enregistrement de la dose : rien n'a été enregistré ; vérifiez à nouveau les règles.</translation>
        </message>
        <message>
            <source>Say why the patient is identified without a card.</source>
            <translation>Indiquez pourquoi le patient est identifié sans carte.</translation>
        </message>
        <message>
            <source>Say how the injection went: full, partial or failed.</source>
            <translation>Indiquez comment s'est passée l'injection : complète, partielle ou échouée.</translation>
        </message>
        <message>
            <source>Only a clinic lead can approve this: {reason}</source>
            <translation>Seul un responsable de la clinique peut approuver ceci : {reason}</translation>
        </message>
        <message>
            <source>A second person must approve this dose, with a reason.</source>
            <translation>Une deuxième personne doit approuver cette dose, avec un motif.</translation>
        </message>
        <message>
            <source>A partial injection gives more than 0 mg and less than the {prepared} mg prepared: record it as failed or full.</source>
            <translation>Une injection partielle administre plus de 0 mg et moins que les {prepared} mg préparés : enregistrez-la comme échouée ou complète.</translation>
        </message>
        <message>
            <source>This patient is not on this station's roster.</source>
            <translation>Ce patient n'est pas sur la liste de ce poste.</translation>
        </message>
        <message>
            <source>Choose how the patient was contacted.</source>
            <translation>Choisissez comment le patient a été contacté.</translation>
        </message>
        <message>
            <source>Choose between 1 and {most} days.</source>
            <translation>Choisissez entre 1 et {most} jours.</translation>
        </message>
        <message>
            <source>A contact note holds at most {most} characters.</source>
            <translation>Une note de contact compte au plus {most} caractères.</translation>
        </message>
        <message>
            <source>The card the server sent is not a genuine card of this clinic for this patient: nothing was printed. Tell the technician.</source>
            <translation>La carte envoyée par le serveur n'est pas une carte authentique de cette clinique pour ce patient : rien n'a été imprimé. Prévenez le technicien.</translation>
        </message>
        <message>
            <source>The central server does not know this patient yet: let the station sync (the patient's record goes up with it), then issue the card again.</source>
            <translation>Le serveur central ne connaît pas encore ce patient : laissez le poste se synchroniser (le dossier du patient est envoyé avec), puis émettez à nouveau la carte.</translation>
        </message>
        <message>
            <source>This incident is resolved already.</source>
            <translation>Cet incident est déjà résolu.</translation>
        </message>
        <message>
            <source>This incident is not in the list fetched from the server: fetch it again.</source>
            <translation>Cet incident ne figure pas dans la liste récupérée du serveur : récupérez-la à nouveau.</translation>
        </message>
        <message>
            <source>A resolution needs a note saying what was found and done.</source>
            <translation>Une résolution nécessite une note indiquant ce qui a été constaté et fait.</translation>
        </message>
        <message>
            <source>Only the clinic lead signed in may sign this resolution.</source>
            <translation>Seul le responsable de la clinique connecté peut signer cette résolution.</translation>
        </message>
        <message>
            <source>The central server is busy: try again in a minute.</source>
            <translation>Le serveur central est occupé : réessayez dans une minute.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician enrolls it first.</source>
            <translation>Ce poste n'est inscrit auprès d'aucun serveur : un technicien doit d'abord l'inscrire.</translation>
        </message>
        <message>
            <source>The central server refused this: {detail}</source>
            <translation>Le serveur central a refusé ceci : {detail}</translation>
        </message>
        <message>
            <source>The central server cannot be reached ({detail}).</source>
            <translation>Le serveur central est injoignable ({detail}).</translation>
        </message>
        <message>
            <source>There is no such visit in progress at this station.</source>
            <translation>Aucune visite de ce type n'est en cours à ce poste.</translation>
        </message>
        <message>
            <source>This decision needs no second person's approval.</source>
            <translation>Cette décision ne nécessite pas l'approbation d'une deuxième personne.</translation>
        </message>
        <message>
            <source>The prepared dose ({prepared} mg) is above what may be given now ({allowed} mg, weighing tolerance included). Prepare again.</source>
            <translation>La dose préparée ({prepared} mg) dépasse ce qui peut être administré maintenant ({allowed} mg, tolérance de pesée comprise). Préparez à nouveau.</translation>
        </message>
        <message>
            <source>A redo needs its reason.</source>
            <translation>Une nouvelle préparation nécessite son motif.</translation>
        </message>
        <message>
            <source>Write what the review found.</source>
            <translation>Écrivez ce que l'examen a constaté.</translation>
        </message>
        <message>
            <source>The scale's reference-weight check is overdue, failed or missing, and the clinic accepts no weighing until it passes one: call the technician.</source>
            <translation>Le contrôle au poids de référence de la balance est en retard, a échoué ou manque, et la clinique n'accepte aucune pesée tant qu'il n'est pas réussi : appelez le technicien.</translation>
        </message>
        <message>
            <source>Say why the stop-dose flag is lifted.</source>
            <translation>Indiquez pourquoi le blocage de dose est levé.</translation>
        </message>
        <message>
            <source>A stop-dose flag needs its reason.</source>
            <translation>Un blocage de dose nécessite son motif.</translation>
        </message>
        <message>
            <source>This patient has no such stop-dose flag set.</source>
            <translation>Ce patient n'a pas ce blocage de dose.</translation>
        </message>
        <message>
            <source>There is no such dose in this patient's recent record.</source>
            <translation>Cette dose ne figure pas dans les doses récentes de ce patient.</translation>
        </message>
        <message>
            <source>A dose cannot be corrected to a time in the future.</source>
            <translation>Une dose ne peut pas être corrigée à une heure future.</translation>
        </message>
        <message>
            <source>Say why the dose's time is corrected.</source>
            <translation>Indiquez pourquoi l'heure de la dose est corrigée.</translation>
        </message>
        <message>
            <source>The corrected time needs its time zone.</source>
            <translation>L'heure corrigée nécessite son fuseau horaire.</translation>
        </message>
        <message>
            <source>Weigh and accept the syringe first.</source>
            <translation>Pesez et acceptez d'abord la seringue.</translation>
        </message>
        <message>
            <source>Say why the syringe goes without a printed label.</source>
            <translation>Indiquez pourquoi la seringue part sans étiquette imprimée.</translation>
        </message>
        <message>
            <source>This visit changed meanwhile (another screen?): check it again.</source>
            <translation>Cette visite a changé entre-temps (un autre écran ?) : vérifiez-la à nouveau.</translation>
        </message>
        <message>
            <source>This visit's dose is recorded: start a new visit.</source>
            <translation>La dose de cette visite est enregistrée : commencez une nouvelle visite.</translation>
        </message>
        <message>
            <source>Say why the visit ends without a dose.</source>
            <translation>Indiquez pourquoi la visite se termine sans dose.</translation>
        </message>
        <message>
            <source>The patient was assessed: say why the dose was not given.</source>
            <translation>Le patient a été évalué : indiquez pourquoi la dose n'a pas été administrée.</translation>
        </message>
        <message>
            <source>Choose why the dose was not given from the list.</source>
            <translation>Choisissez dans la liste pourquoi la dose n'a pas été administrée.</translation>
        </message>
        <message>
            <source>This visit was ended: start a new visit.</source>
            <translation>Cette visite a été terminée : commencez une nouvelle visite.</translation>
        </message>
        <message>
            <source>Another person carries this visit on: take it over first (recorded), then go on.</source>
            <translation>Une autre personne mène cette visite : reprenez-la d'abord (consigné), puis continuez.</translation>
        </message>
        <message>
            <source>There is no such visit at this station: identify the patient.</source>
            <translation>Aucune visite de ce type à ce poste : identifiez le patient.</translation>
        </message>
        <message>
            <source>There is no such dose to void in this patient's recent record.</source>
            <translation>Aucune dose de ce type à annuler dans les doses récentes de ce patient.</translation>
        </message>
        <message>
            <source>Only a clinic lead may void a dose another station recorded.</source>
            <translation>Seul un responsable de la clinique peut annuler une dose enregistrée par un autre poste.</translation>
        </message>
        <message>
            <source>Say why the dose record is voided.</source>
            <translation>Indiquez pourquoi l'enregistrement de la dose est annulé.</translation>
        </message>
        <message>
            <source>Write a comment to acknowledge the warning before dosing.</source>
            <translation>Écrivez un commentaire pour confirmer l'avertissement avant d'administrer.</translation>
        </message>
        <message>
            <source>Check the rules for a dose before weighing it.</source>
            <translation>Vérifiez les règles pour une dose avant de la peser.</translation>
        </message>
        <message>
            <source>The weighed syringe is outside the clinic's tolerance now ({detail}): prepare it again.</source>
            <translation>La seringue pesée est désormais hors de la tolérance de la clinique ({detail}) : préparez-la à nouveau.</translation>
        </message>
        <message>
            <source>The weight is a mass in g from the scale.</source>
            <translation>Le poids est une masse en g fournie par la balance.</translation>
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
            <translation>{detail} Le poste n'a pas été inscrit.</translation>
        </message>
        <message>
            <source>{detail} The station was not enrolled.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Le poste n'a pas été inscrit.</translation>
        </message>
        <message>
            <source>The enrollment code was not accepted (unknown, expired or already used): ask the server's administrator for a new one.</source>
            <translation>Le code d'inscription n'a pas été accepté (inconnu, expiré ou déjà utilisé) : demandez-en un nouveau à l'administrateur du serveur.</translation>
        </message>
        <message>
            <source>Enrollment failed: {detail}</source>
            <translation>L'inscription a échoué : {detail}</translation>
        </message>
        <message>
            <source>The server refused the enrollment: {detail}</source>
            <translation>Le serveur a refusé l'inscription : {detail}</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url}: check the address and the network. The station was not enrolled.</source>
            <translation>Impossible de joindre le serveur à {url} : vérifiez l'adresse et le réseau. Le poste n'a pas été inscrit.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>La date de naissance est dans le futur.</translation>
        </message>
        <message>
            <source>The birth date gives an age over {age} years: check it.</source>
            <translation>La date de naissance donne un âge de plus de {age} ans : vérifiez-la.</translation>
        </message>
        <message>
            <source>A clinic number is capital letters and digits in groups joined by single hyphens, at most 20 characters (for example HAT-0042).</source>
            <translation>Un numéro de clinique se compose de majuscules et de chiffres en groupes reliés par des tirets simples, 20 caractères au plus (par exemple HAT-0042).</translation>
        </message>
        <message>
            <source>Enter the patient's clinic number.</source>
            <translation>Saisissez le numéro de clinique du patient.</translation>
        </message>
        <message>
            <source>This clinic number is already on the roster: each patient has their own.</source>
            <translation>Ce numéro de clinique figure déjà sur la liste : chaque patient a le sien.</translation>
        </message>
        <message>
            <source>The family name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>Le nom de famille ne peut pas être enregistré tel que saisi : des lettres, 100 caractères au plus.</translation>
        </message>
        <message>
            <source>Enter the patient's family name.</source>
            <translation>Saisissez le nom de famille du patient.</translation>
        </message>
        <message>
            <source>The given name cannot be recorded as typed: letters, at most 100 characters.</source>
            <translation>Le prénom ne peut pas être enregistré tel que saisi : des lettres, 100 caractères au plus.</translation>
        </message>
        <message>
            <source>Enter the patient's given name.</source>
            <translation>Saisissez le prénom du patient.</translation>
        </message>
        <message>
            <source>The photo names another clinic number than this patient's: nothing was kept. Open the patient again and take the photo for them.</source>
            <translation>La photo désigne un autre numéro de clinique que celui de ce patient : rien n'a été conservé. Rouvrez le patient et prenez la photo pour lui.</translation>
        </message>
        <message>
            <source>This picture is too large (at most 20 MB and 50 million pixels).</source>
            <translation>Cette image est trop grande (20 Mo et 50 millions de pixels au plus).</translation>
        </message>
        <message>
            <source>This picture is too small to recognise a face (at least {size} pixels a side).</source>
            <translation>Cette image est trop petite pour reconnaître un visage (au moins {size} pixels de côté).</translation>
        </message>
        <message>
            <source>This file is not a JPEG or PNG picture the station can read.</source>
            <translation>Ce fichier n'est pas une image JPEG ou PNG lisible par le poste.</translation>
        </message>
        <message>
            <source>{count} patient(s) on the roster have this family name and birth date. Check that this is not one of them; register only if this is a different person.</source>
            <translation>{count} patient(s) de la liste ont ce nom de famille et cette date de naissance. Vérifiez qu'il ne s'agit pas de l'un d'eux ; inscrivez seulement s'il s'agit d'une autre personne.</translation>
        </message>
        <message>
            <source>The clinic treats adults only: the patient must be at least {age}.</source>
            <translation>La clinique ne traite que des adultes : le patient doit avoir au moins {age} ans.</translation>
        </message>
        <message>
            <source>Breath alcohol is entered as a number in ‰ (or left out).</source>
            <translation>L'alcool expiré se saisit sous forme de nombre en ‰ (ou reste vide).</translation>
        </message>
        <message>
            <source>Breath alcohol is between 0 and {maximum} ‰.</source>
            <translation>L'alcool expiré est compris entre 0 et {maximum} ‰.</translation>
        </message>
        <message>
            <source>{what} must be an amount in mg.</source>
            <translation>{what} doit être une quantité en mg.</translation>
        </message>
        <message>
            <source>{what} is not an amount in mg.</source>
            <translation>{what} n'est pas une quantité en mg.</translation>
        </message>
        <message>
            <source>{what} is not a possible dose (at most {maximum} mg).</source>
            <translation>{what} n'est pas une dose possible (au plus {maximum} mg).</translation>
        </message>
        <message>
            <source>{what} is given to 0.01 mg at most.</source>
            <translation>{what} s'indique à 0,01 mg près au plus.</translation>
        </message>
        <message>
            <source>The sedation score is a whole number from 0 (alert) to 3 (severe).</source>
            <translation>Le score de sédation est un nombre entier de 0 (alerte) à 3 (sévère).</translation>
        </message>
        <message>
            <source>An adverse event cannot be recorded as happening in the future.</source>
            <translation>Un événement indésirable ne peut pas être enregistré dans le futur.</translation>
        </message>
        <message>
            <source>Choose what happened: {kinds}.</source>
            <translation>Choisissez ce qui s'est passé : {kinds}.</translation>
        </message>
        <message>
            <source>This observation is already closed.</source>
            <translation>Cette observation est déjà close.</translation>
        </message>
        <message>
            <source>The observation time is not up: say why the patient leaves early.</source>
            <translation>Le temps d'observation n'est pas écoulé : indiquez pourquoi le patient part plus tôt.</translation>
        </message>
        <message>
            <source>Naloxone is entered in mg, at most {maximum} mg.</source>
            <translation>La naloxone se saisit en mg, au plus {maximum} mg.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Écrivez une note ou saisissez un signe vital.</translation>
        </message>
        <message>
            <source>There is no such observation on this station.</source>
            <translation>Cette observation n'existe pas à ce poste.</translation>
        </message>
        <message>
            <source>The vital signs were not recorded: {detail}.</source>
            <translation>Les signes vitaux n'ont pas été enregistrés : {detail}.</translation>
        </message>
        <message>
            <source>Give either the mg or the weighed mass, not both.</source>
            <translation>Indiquez soit les mg, soit la masse pesée, pas les deux.</translation>
        </message>
        <message>
            <source>Nothing to record: the amount is 0 mg.</source>
            <translation>Rien à enregistrer : la quantité est de 0 mg.</translation>
        </message>
        <message>
            <source>The batch was not made: {detail}.</source>
            <translation>Le lot n'a pas été fabriqué : {detail}.</translation>
        </message>
        <message>
            <source>There is no such solution batch.</source>
            <translation>Ce lot de solution n'existe pas.</translation>
        </message>
        <message>
            <source>There is no such stock lot or solution batch.</source>
            <translation>Ce lot de stock ou de solution n'existe pas.</translation>
        </message>
        <message>
            <source>The entry to correct is not in the register.</source>
            <translation>L'écriture à corriger ne figure pas dans le registre.</translation>
        </message>
        <message>
            <source>A counted container is not on this count sheet.</source>
            <translation>Un contenant compté ne figure pas sur cette feuille de comptage.</translation>
        </message>
        <message>
            <source>{missing} container(s) on the sheet were not counted.</source>
            <translation>{missing} contenant(s) de la feuille n'ont pas été comptés.</translation>
        </message>
        <message>
            <source>The person who counted cannot sign off their own count.</source>
            <translation>La personne qui a compté ne peut pas valider son propre comptage.</translation>
        </message>
        <message>
            <source>There is no such count.</source>
            <translation>Ce comptage n'existe pas.</translation>
        </message>
        <message>
            <source>This count has no open discrepancy.</source>
            <translation>Ce comptage n'a pas d'écart ouvert.</translation>
        </message>
        <message>
            <source>Give the reason for the discrepancy.</source>
            <translation>Indiquez le motif de l'écart.</translation>
        </message>
        <message>
            <source>Only residue, waste, failed injections and destruction go here.</source>
            <translation>Seuls les résidus, les déchets, les injections échouées et les destructions figurent ici.</translation>
        </message>
        <message>
            <source>This is not a medicine pack code (GS1 DataMatrix or IFA).</source>
            <translation>Ce n'est pas un code d'emballage de médicament (GS1 DataMatrix ou IFA).</translation>
        </message>
        <message>
            <source>The pack code cannot be read: {detail}</source>
            <translation>Le code d'emballage est illisible : {detail}</translation>
        </message>
        <message>
            <source>This pack's serial number was received before; it is refused (a copied or re-used code).</source>
            <translation>Le numéro de série de cet emballage a déjà été réceptionné ; il est refusé (code copié ou réutilisé).</translation>
        </message>
        <message>
            <source>A pack holds 1 to {units} ampoules.</source>
            <translation>Un emballage contient de 1 à {units} ampoules.</translation>
        </message>
        <message>
            <source>The pack code carries no batch number; it cannot be received.</source>
            <translation>Le code d'emballage ne contient pas de numéro de lot ; il ne peut pas être réceptionné.</translation>
        </message>
        <message>
            <source>The pack code carries no serial number; it cannot be received.</source>
            <translation>Le code d'emballage ne contient pas de numéro de série ; il ne peut pas être réceptionné.</translation>
        </message>
        <message>
            <source>The printer could not be opened: check it and print again.</source>
            <translation>L'imprimante n'a pas pu être ouverte : vérifiez-la et imprimez à nouveau.</translation>
        </message>
        <message>
            <source>A product needs at least one ampoule of more than 0 mg.</source>
            <translation>Un produit nécessite au moins une ampoule de plus de 0 mg.</translation>
        </message>
        <message>
            <source>This pack's product is not in the catalogue; define it before receiving.</source>
            <translation>Le produit de cet emballage n'est pas dans le catalogue ; définissez-le avant la réception.</translation>
        </message>
        <message>
            <source>Reconstitute from known stock lots of one substance.</source>
            <translation>Reconstituez à partir de lots de stock connus d'une seule substance.</translation>
        </message>
        <message>
            <source>A solution batch needs a shelf life after reconstitution.</source>
            <translation>Un lot de solution nécessite une durée de conservation après reconstitution.</translation>
        </message>
        <message>
            <source>A {what} needs a witness who signs with their own password.</source>
            <translation>Ceci ({what}) nécessite un témoin qui signe avec son propre mot de passe.</translation>
        </message>
        <message>
            <source>The label was not printed: {detail}</source>
            <translation>L'étiquette n'a pas été imprimée : {detail}</translation>
        </message>
        <message>
            <source>No weight accepted: {detail}</source>
            <translation>Aucun poids accepté : {detail}</translation>
        </message>
        <message>
            <source>The daily maximum is above the clinic's daily maximum of {cap} mg for {drug}.</source>
            <translation>Le maximum journalier dépasse le maximum journalier de la clinique de {cap} mg pour {drug}.</translation>
        </message>
        <message>
            <source>This patient already has a prescription for {drug} in these days: change or stop it instead.</source>
            <translation>Ce patient a déjà une prescription de {drug} pour ces jours : modifiez-la ou arrêtez-la plutôt.</translation>
        </message>
        <message>
            <source>A change or renewal keeps the order's drug: sign a new order for another drug.</source>
            <translation>Une modification ou un renouvellement conserve le médicament de l'ordonnance : signez une nouvelle ordonnance pour un autre médicament.</translation>
        </message>
        <message>
            <source>An order cannot end before it starts.</source>
            <translation>Une ordonnance ne peut pas se terminer avant de commencer.</translation>
        </message>
        <message>
            <source>An order cannot end in the past.</source>
            <translation>Une ordonnance ne peut pas se terminer dans le passé.</translation>
        </message>
        <message>
            <source>The time between doses cannot be negative.</source>
            <translation>Le délai entre les doses ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>An order's maxima are amounts above 0 mg.</source>
            <translation>Les maxima d'une ordonnance sont des quantités supérieures à 0 mg.</translation>
        </message>
        <message>
            <source>An order's maxima are given to 0.01 mg.</source>
            <translation>Les maxima d'une ordonnance s'indiquent à 0,01 mg près.</translation>
        </message>
        <message>
            <source>A new order gets an id of its own: a change, renewal or stop names one.</source>
            <translation>Une nouvelle ordonnance reçoit son propre identifiant : une modification, un renouvellement ou un arrêt en désigne une existante.</translation>
        </message>
        <message>
            <source>A note to the counter is at most {limit} characters.</source>
            <translation>Une note pour le guichet compte au plus {limit} caractères.</translation>
        </message>
        <message>
            <source>This order has ended: renew it or sign a new order.</source>
            <translation>Cette ordonnance est terminée : renouvelez-la ou signez une nouvelle ordonnance.</translation>
        </message>
        <message>
            <source>This order was stopped: sign a new order.</source>
            <translation>Cette ordonnance a été arrêtée : signez une nouvelle ordonnance.</translation>
        </message>
        <message>
            <source>A prescription brought over from before is ended by a change that gives its last day.</source>
            <translation>Une prescription reprise d'avant prend fin par une modification qui fixe son dernier jour.</translation>
        </message>
        <message>
            <source>There is no such signed order for this patient.</source>
            <translation>Ce patient n'a pas d'ordonnance signée de ce type.</translation>
        </message>
        <message>
            <source>The dose plan cannot be used: {detail}.</source>
            <translation>Le plan de doses ne peut pas être utilisé : {detail}.</translation>
        </message>
        <message>
            <source>The dose plan must start within the order's days.</source>
            <translation>Le plan de doses doit commencer pendant les jours de l'ordonnance.</translation>
        </message>
        <message>
            <source>The dose plan is refused: a step rises more than the clinic's titration rule allows ({rise} % over the day before).</source>
            <translation>Le plan de doses est refusé : une étape augmente plus que ne le permet la règle de titration de la clinique ({rise} % de plus que la veille).</translation>
        </message>
        <message>
            <source>The dose plan is refused: its first day is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Le plan de doses est refusé : son premier jour dépasse le maximum journalier de l'ordonnance de {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The dose plan is refused: its ceiling is above the order's daily maximum of {max_per_day} mg.</source>
            <translation>Le plan de doses est refusé : son plafond dépasse le maximum journalier de l'ordonnance de {max_per_day} mg.</translation>
        </message>
        <message>
            <source>The review day cannot be before the order starts.</source>
            <translation>Le jour de réévaluation ne peut pas précéder le début de l'ordonnance.</translation>
        </message>
        <message>
            <source>The per-session maximum cannot be above the daily maximum.</source>
            <translation>Le maximum par séance ne peut pas dépasser le maximum journalier.</translation>
        </message>
        <message>
            <source>An order gives 1 to 6 sessions a day.</source>
            <translation>Une ordonnance prévoit de 1 à 6 séances par jour.</translation>
        </message>
        <message>
            <source>Only a prescriber signs an order.</source>
            <translation>Seul un médecin prescripteur signe une ordonnance.</translation>
        </message>
        <message>
            <source>A stop ends the order from today, or on a later day within the order.</source>
            <translation>Un arrêt met fin à l'ordonnance à partir d'aujourd'hui, ou à un jour ultérieur compris dans l'ordonnance.</translation>
        </message>
        <message>
            <source>The card is genuine, but its patient is not on this station's roster yet.</source>
            <translation>La carte est authentique, mais son patient n'est pas encore sur la liste de ce poste.</translation>
        </message>
        <message>
            <source>Say why the patient leaves the queue.</source>
            <translation>Indiquez pourquoi le patient quitte la file d'attente.</translation>
        </message>
        <message>
            <source>Neither a patient of this station's roster nor a valid card: {detail}</source>
            <comment>a check-in was refused; detail: the card check's sentence</comment>
            <translation>Ni un patient de la liste de ce poste, ni une carte valide : {detail}</translation>
        </message>
        <message>
            <source>This patient is not in today's queue.</source>
            <translation>Ce patient n'est pas dans la file d'attente du jour.</translation>
        </message>
        <message>
            <source>Scan the patient's card or enter their clinic number.</source>
            <translation>Scannez la carte du patient ou saisissez son numéro de clinique.</translation>
        </message>
        <message>
            <source>{setting}: at most {maximum}{unit}.</source>
            <translation>{setting} : au plus {maximum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: at least {minimum}{unit}.</source>
            <translation>{setting} : au moins {minimum}{unit}.</translation>
        </message>
        <message>
            <source>{setting}: choose one of: {options}.</source>
            <translation>{setting} : choisissez parmi : {options}.</translation>
        </message>
        <message>
            <source>{settings}: this does not fit the clinic's other rule settings — {detail}.</source>
            <translation>{settings} : ceci ne s'accorde pas avec les autres règles de la clinique — {detail}.</translation>
        </message>
        <message>
            <source>Only a clinic lead may change the clinic's rule settings.</source>
            <translation>Seul un responsable de la clinique peut modifier les règles de la clinique.</translation>
        </message>
        <message>
            <source>The clinic's rule settings do not fit together ({detail}); a clinic lead must correct them.</source>
            <translation>Les règles de la clinique ne s'accordent pas entre elles ({detail}) ; un responsable de la clinique doit les corriger.</translation>
        </message>
        <message>
            <source>The clinic's rule setting “{setting}” holds a value this station cannot use ({detail}); a clinic lead must set it again.</source>
            <translation>Le paramètre de règle de la clinique « {setting} » contient une valeur que ce poste ne peut pas utiliser ({detail}) ; un responsable de la clinique doit le définir à nouveau.</translation>
        </message>
        <message>
            <source>{setting}: {detail}.</source>
            <translation>{setting} : {detail}.</translation>
        </message>
        <message>
            <source>{setting}: at most {places} decimal place(s).</source>
            <translation>{setting} : au plus {places} décimale(s).</translation>
        </message>
        <message>
            <source>There is no setting called {key}.</source>
            <translation>Aucun paramètre ne s'appelle {key}.</translation>
        </message>
        <message>
            <source>{setting}: {value} is not a valid value; {hint}.</source>
            <translation>{setting} : {value} n'est pas une valeur valide ; {hint}.</translation>
        </message>
        <message>
            <source>{setting}: a whole number.</source>
            <translation>{setting} : un nombre entier.</translation>
        </message>
        <message>
            <source>The second person must be someone else than the one signed in.</source>
            <translation>La deuxième personne doit être quelqu'un d'autre que la personne connectée.</translation>
        </message>
        <message>
            <source>{person} cannot sign this ({what}): it needs a {roles}.</source>
            <translation>{person} ne peut pas signer ceci ({what}) : il faut le rôle {roles}.</translation>
        </message>
        <message>
            <source>A second person must sign: {what}.</source>
            <translation>Une deuxième personne doit signer : {what}.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>a second person cannot sign; detail: the store's sentence</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>This account is disabled. Ask an administrator.</source>
            <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
        </message>
        <message>
            <source>{detail}</source>
            <comment>the account is locked after wrong passwords; detail: until when</comment>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>The station's disk is full: nothing was recorded. Free some space on the disk (ask the clinic's IT), then record it again.</source>
            <translation>Le disque du poste est plein : rien n'a été enregistré. Libérez de l'espace sur le disque (demandez à l'informatique de la clinique), puis enregistrez à nouveau.</translation>
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
            <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>This station is already enrolled with {url} (clinic {clinic}); nothing was changed.</source>
            <translation>Ce poste est déjà inscrit auprès de {url} (clinique {clinic}) ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the CA file cannot be used</comment>
            <translation>{detail} Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The CA file {path} cannot be read ({detail}).</source>
            <translation>Le fichier CA {path} ne peut pas être lu ({detail}).</translation>
        </message>
        <message>
            <source>The CA file {path} holds no certificate this station can use (a CA bundle is PEM text: -----BEGIN CERTIFICATE-----).</source>
            <translation>Le fichier CA {path} ne contient aucun certificat utilisable par ce poste (un paquet CA est du texte PEM : -----BEGIN CERTIFICATE-----).</translation>
        </message>
        <message>
            <source>{detail} Nothing was changed.</source>
            <comment>detail: why the server's certificate was not accepted</comment>
            <translation>{detail} Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Cannot reach the server at {url} to check its certificate: try again when it can be reached. Nothing was changed.</source>
            <translation>Impossible de joindre le serveur à {url} pour vérifier son certificat : réessayez lorsqu'il sera joignable. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: enroll it first (the clinic CA file is given with the enrollment).</source>
            <translation>Ce poste n'est inscrit auprès d'aucun serveur : inscrivez-le d'abord (le fichier CA de la clinique est indiqué lors de l'inscription).</translation>
        </message>
        <message>
            <source>This station is not enrolled with a server: a technician runs 'dosing-station enroll --server URL' (it asks for the code) first.</source>
            <translation>Ce poste n'est inscrit auprès d'aucun serveur : un technicien exécute d'abord « dosing-station enroll --server URL » (qui demande le code).</translation>
        </message>
        <message>
            <source>The server {url} is not https://: it has no certificate to check. Nothing was changed.</source>
            <translation>Le serveur {url} n'est pas en https:// : il n'a pas de certificat à vérifier. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The bundle could not be written: {detail}.</source>
            <translation>Le paquet n'a pas pu être écrit : {detail}.</translation>
        </message>
        <message>
            <source>The certified mass and the tolerance must be more than 0 g.</source>
            <translation>La masse certifiée et la tolérance doivent être supérieures à 0 g.</translation>
        </message>
        <message>
            <source>Name the device by its serial number.</source>
            <translation>Nommez l'appareil par son numéro de série.</translation>
        </message>
        <message>
            <source>The device profile could not be saved: {detail}.</source>
            <translation>Le profil des appareils n'a pas pu être enregistré : {detail}.</translation>
        </message>
    </context>
    <context>
        <name>MovementsPage</name>
        <message>
            <source>Stock lot or solution batch</source>
            <translation>Lot de stock ou lot de solution</translation>
        </message>
        <message>
            <source>Kind of movement</source>
            <translation>Type de mouvement</translation>
        </message>
        <message>
            <source>Residue</source>
            <translation>Résidu</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>Déchet</translation>
        </message>
        <message>
            <source>Failed injection</source>
            <translation>Injection échouée</translation>
        </message>
        <message>
            <source>Destruction (witnessed)</source>
            <translation>Destruction (avec témoin)</translation>
        </message>
        <message>
            <source>Amount given as</source>
            <translation>Quantité indiquée en</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>g weighed (solution)</source>
            <translation>g pesés (solution)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>why the drug leaves the stock</source>
            <translation>pourquoi le produit sort du stock</translation>
        </message>
        <message>
            <source>&amp;Record…</source>
            <translation>&amp;Enregistrer…</translation>
        </message>
        <message>
            <source>Record the movement</source>
            <translation>Enregistrer le mouvement</translation>
        </message>
        <message>
            <source>Movement message</source>
            <translation>Message des mouvements</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Lot</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Quantité</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>&amp;Unité</translation>
        </message>
        <message>
            <source>R&amp;eason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>A destruction is signed by a second person who watched it.</source>
            <translation>Une destruction est signée par une deuxième personne qui y a assisté.</translation>
        </message>
        <message>
            <source>About destruction</source>
            <translation>À propos de la destruction</translation>
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
            <translation>Il n'y a aucun lot dont prélever du produit.</translation>
        </message>
        <message>
            <source>Give the amount (more than 0).</source>
            <translation>Indiquez la quantité (plus de 0).</translation>
        </message>
        <message>
            <source>Witness the destruction of {amount} {unit} from {batch}.</source>
            <translation>Attester la destruction de {amount} {unit} de {batch}.</translation>
        </message>
        <message>
            <source>Recorded in the register.</source>
            <translation>Enregistré dans le registre.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refusé : {reason}</translation>
        </message>
    </context>
    <context>
        <name>ObservationBoard</name>
        <message>
            <source>Overdose</source>
            <translation>Surdose</translation>
        </message>
        <message>
            <source>Respiratory depression</source>
            <translation>Dépression respiratoire</translation>
        </message>
        <message>
            <source>Seizure</source>
            <translation>Crise convulsive</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>No booth</source>
            <translation>Pas de cabine</translation>
        </message>
        <message>
            <source>%1 leaves before the observation time is up (%2). A second person confirms the early discharge.</source>
            <translation>%1 part avant la fin du temps d'observation (%2). Une deuxième personne confirme la sortie anticipée.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was recorded; try again.</source>
            <translation>Impossible d'enregistrer. Rien n'a été enregistré ; réessayez.</translation>
        </message>
    </context>
    <context>
        <name>ObservationCard</name>
        <message>
            <source>No booth</source>
            <translation>Pas de cabine</translation>
        </message>
        <message>
            <source>Patient photo</source>
            <translation>Photo du patient</translation>
        </message>
        <message>
            <source>Under observation</source>
            <translation>En observation</translation>
        </message>
        <message>
            <source>Last minutes</source>
            <translation>Dernières minutes</translation>
        </message>
        <message>
            <source>Time is up: check and discharge</source>
            <translation>Temps écoulé : vérifier et laisser sortir</translation>
        </message>
        <message>
            <source>NOT DISCHARGED: check the patient now</source>
            <translation>PAS SORTI : vérifiez le patient maintenant</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute restante</numerusform>
                <numerusform>%n minutes restantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) overdue</source>
            <translation>
                <numerusform>%n minute de retard</numerusform>
                <numerusform>%n minutes de retard</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, patient %2</source>
            <translation>%1, patient %2</translation>
        </message>
        <message>
            <source>Notes and events</source>
            <translation>Notes et événements</translation>
        </message>
        <message>
            <source>Note / vitals</source>
            <translation>Note / signes vitaux</translation>
        </message>
        <message>
            <source>Adverse event</source>
            <translation>Événement indésirable</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Note or vital signs, %1</source>
            <translation>Note ou signes vitaux, %1</translation>
        </message>
        <message>
            <source>Adverse event, %1</source>
            <translation>Événement indésirable, %1</translation>
        </message>
        <message>
            <source>Discharge, %1</source>
            <translation>Sortie, %1</translation>
        </message>
        <message>
            <source>Observation, %1</source>
            <translation>Observation, %1</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Depuis %1</translation>
        </message>
        <message>
            <source>%1 ADVERSE EVENT: %2</source>
            <translation>%1 ÉVÉNEMENT INDÉSIRABLE : %2</translation>
        </message>
        <message>
            <source>, naloxone %1 mg</source>
            <translation>, naloxone %1 mg</translation>
        </message>
        <message>
            <source>⚠ VITAL SIGNS ALARM: %1</source>
            <translation>⚠ ALARME SIGNES VITAUX : %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <source>New order</source>
            <translation>Nouvelle ordonnance</translation>
        </message>
        <message>
            <source>Change the order</source>
            <translation>Modifier l'ordonnance</translation>
        </message>
        <message>
            <source>Renew the order</source>
            <translation>Renouveler l'ordonnance</translation>
        </message>
        <message>
            <source>Stop the order</source>
            <translation>Arrêter l'ordonnance</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Choose a patient</source>
            <translation>Choisir un patient</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Médicament et forme</translation>
        </message>
        <message>
            <source>Choose the drug and form</source>
            <translation>Choisir le médicament et la forme</translation>
        </message>
        <message>
            <source>Per-session maximum in mg</source>
            <translation>Maximum par séance en mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Daily maximum in mg</source>
            <translation>Maximum journalier en mg</translation>
        </message>
        <message>
            <source>Sessions per day</source>
            <translation>Séances par jour</translation>
        </message>
        <message>
            <source>1 to 6</source>
            <translation>1 à 6</translation>
        </message>
        <message>
            <source>Minimum interval between doses in minutes</source>
            <translation>Intervalle minimal entre les doses en minutes</translation>
        </message>
        <message>
            <source>empty: the clinic's default</source>
            <translation>vide : la valeur par défaut de la clinique</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valable du</translation>
        </message>
        <message>
            <source>Valid until (last day)</source>
            <translation>Valable jusqu'au (dernier jour)</translation>
        </message>
        <message>
            <source>&amp;Keep open-ended (no last day)</source>
            <translation>Sans date de fin (&amp;ouverte)</translation>
        </message>
        <message>
            <source>Open-ended: the order has no last day</source>
            <translation>Sans date de fin : l'ordonnance n'a pas de dernier jour</translation>
        </message>
        <message>
            <source>Phase of treatment</source>
            <translation>Phase du traitement</translation>
        </message>
        <message>
            <source>Choose the phase</source>
            <translation>Choisir la phase</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Réévaluation le</translation>
        </message>
        <message>
            <source>Note for the counter</source>
            <translation>Note pour le guichet</translation>
        </message>
        <message>
            <source>what the nurse should read at the counter</source>
            <translation>ce que l'infirmier doit lire au guichet</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>What is signed</source>
            <translation>Ce qui est signé</translation>
        </message>
        <message>
            <source>Your password, to sign as prescribed</source>
            <translation>Votre mot de passe, pour signer comme prescrit</translation>
        </message>
        <message>
            <source>Sign as prescri&amp;bed</source>
            <translation>Signer comme prescri&amp;t</translation>
        </message>
        <message>
            <source>Sign the order as prescribed</source>
            <translation>Signer l'ordonnance comme prescrite</translation>
        </message>
        <message>
            <source>The signature recorded</source>
            <translation>La signature enregistrée</translation>
        </message>
        <message>
            <source>Your pass&amp;word</source>
            <translation>Votre mot de pass&amp;e</translation>
        </message>
        <message>
            <source>You sign this order with the meaning "prescribed", as {name}; the time of signing is recorded with it.</source>
            <translation>Vous signez cette ordonnance avec la signification « prescrit », en tant que {name} ; l'heure de la signature est enregistrée avec elle.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordonnance</translation>
        </message>
        <message>
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <source>&amp;Drug and form</source>
            <translation>&amp;Médicament et forme</translation>
        </message>
        <message>
            <source>Per-&amp;session maximum (mg)</source>
            <translation>Maximum par &amp;séance (mg)</translation>
        </message>
        <message>
            <source>Daily ma&amp;ximum (mg)</source>
            <translation>Maximum &amp;journalier (mg)</translation>
        </message>
        <message>
            <source>Sessions per da&amp;y</source>
            <translation>Séa&amp;nces par jour</translation>
        </message>
        <message>
            <source>&amp;Minimum interval (min)</source>
            <translation>&amp;Intervalle minimal (min)</translation>
        </message>
        <message>
            <source>Valid &amp;from</source>
            <translation>Valable &amp;du</translation>
        </message>
        <message>
            <source>Valid &amp;until (last day)</source>
            <translation>Valable jusqu'a&amp;u (dernier jour)</translation>
        </message>
        <message>
            <source>P&amp;hase</source>
            <translation>P&amp;hase</translation>
        </message>
        <message>
            <source>Re&amp;view on</source>
            <translation>Réé&amp;valuation le</translation>
        </message>
        <message>
            <source>Note for the &amp;counter</source>
            <translation>Note pour le &amp;guichet</translation>
        </message>
        <message>
            <source>Order message</source>
            <translation>Message de l'ordonnance</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the order dialog</source>
            <translation>Fermer la fenêtre de l'ordonnance</translation>
        </message>
        <message>
            <source>A new order: check it, then sign it below.</source>
            <translation>Une nouvelle ordonnance : vérifiez-la, puis signez-la ci-dessous.</translation>
        </message>
        <message>
            <source>{what} of {drug}, version {version} signed by {name} on {day}.</source>
            <translation>{what} de {drug}, version {version} signée par {name} le {day}.</translation>
        </message>
        <message>
            <source>empty: the order ends today</source>
            <translation>vide : l'ordonnance se termine aujourd'hui</translation>
        </message>
        <message>
            <source>Choose the patient.</source>
            <translation>Choisissez le patient.</translation>
        </message>
        <message>
            <source>Choose the drug and form.</source>
            <translation>Choisissez le médicament et la forme.</translation>
        </message>
        <message>
            <source>Type the per-session maximum in mg.</source>
            <translation>Saisissez le maximum par séance en mg.</translation>
        </message>
        <message>
            <source>Type the daily maximum in mg.</source>
            <translation>Saisissez le maximum journalier en mg.</translation>
        </message>
        <message>
            <source>Type the number of sessions per day.</source>
            <translation>Saisissez le nombre de séances par jour.</translation>
        </message>
        <message>
            <source>Type the minimum interval in whole minutes, or leave it empty.</source>
            <translation>Saisissez l'intervalle minimal en minutes entières, ou laissez vide.</translation>
        </message>
        <message>
            <source>Type the first valid day (dd.mm.yyyy).</source>
            <translation>Saisissez le premier jour de validité (jj.mm.aaaa).</translation>
        </message>
        <message>
            <source>Type the last valid day as dd.mm.yyyy.</source>
            <translation>Saisissez le dernier jour de validité sous la forme jj.mm.aaaa.</translation>
        </message>
        <message>
            <source>Type the last valid day, or tick "Keep open-ended".</source>
            <translation>Saisissez le dernier jour de validité, ou cochez « Sans date de fin ».</translation>
        </message>
        <message>
            <source>Choose the phase of treatment.</source>
            <translation>Choisissez la phase du traitement.</translation>
        </message>
        <message>
            <source>Type the review day as dd.mm.yyyy.</source>
            <translation>Saisissez le jour de réévaluation sous la forme jj.mm.aaaa.</translation>
        </message>
        <message>
            <source>Type your password to sign the order as prescribed.</source>
            <translation>Saisissez votre mot de passe pour signer l'ordonnance comme prescrite.</translation>
        </message>
        <message>
            <source>Signed with the meaning "prescribed" by {name} on {day} at {time}: order version {version}.</source>
            <translation>Signé avec la signification « prescrit » par {name} le {day} à {time} : version {version} de l'ordonnance.</translation>
        </message>
        <message>
            <source>The order is signed and recorded.</source>
            <translation>L'ordonnance est signée et enregistrée.</translation>
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
            <translation>médicament et forme</translation>
        </message>
        <message>
            <source>per-session maximum</source>
            <translation>maximum par séance</translation>
        </message>
        <message>
            <source>daily maximum</source>
            <translation>maximum journalier</translation>
        </message>
        <message>
            <source>sessions per day</source>
            <translation>séances par jour</translation>
        </message>
        <message>
            <source>minimum interval</source>
            <translation>intervalle minimal</translation>
        </message>
        <message>
            <source>valid from</source>
            <translation>valable du</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>valable jusqu'au</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>note for the counter</source>
            <translation>note pour le guichet</translation>
        </message>
        <message>
            <source>review day</source>
            <translation>jour de réévaluation</translation>
        </message>
        <message>
            <source>dose plan</source>
            <translation>plan de doses</translation>
        </message>
        <message>
            <source>{field} {old} → {new}</source>
            <translation>{field} {old} → {new}</translation>
        </message>
        <message>
            <source>Order expires today ({day}).</source>
            <translation>L'ordonnance expire aujourd'hui ({day}).</translation>
        </message>
        <message>
            <source>Order expires in {n} days ({day}).</source>
            <translation>L'ordonnance expire dans {n} jours ({day}).</translation>
        </message>
        <message>
            <source>Review date passed ({day}): tell the prescriber.</source>
            <translation>Date de réévaluation dépassée ({day}) : prévenez le médecin prescripteur.</translation>
        </message>
        <message>
            <source>Changed since the last dose: {changes}.</source>
            <translation>Modifié depuis la dernière dose : {changes}.</translation>
        </message>
        <message>
            <source>Prescriber's note: {note}</source>
            <translation>Note du médecin prescripteur : {note}</translation>
        </message>
        <message>
            <source>Prescriber's order notice</source>
            <translation>Avis d'ordonnance du médecin prescripteur</translation>
        </message>
    </context>
    <context>
        <name>OverdoseProtocolDialog</name>
        <message>
            <source>Overdose protocol: %1</source>
            <translation>Protocole de surdose : %1</translation>
        </message>
        <message>
            <source>%1: vital signs past the clinic's limits. Start the overdose protocol.</source>
            <translation>%1 : signes vitaux hors des limites de la clinique. Démarrez le protocole de surdose.</translation>
        </message>
        <message>
            <source>1. Call for help now: alert a colleague and the emergency team.</source>
            <translation>1. Appelez de l'aide maintenant : alertez un collègue et l'équipe d'urgence.</translation>
        </message>
        <message>
            <source>2. Give naloxone as the clinic's protocol says; open the airway, support breathing, give oxygen.</source>
            <translation>2. Administrez la naloxone selon le protocole de la clinique ; libérez les voies aériennes, soutenez la respiration, donnez de l'oxygène.</translation>
        </message>
        <message>
            <source>3. Stay with the patient; measure breathing and SpO2 again.</source>
            <translation>3. Restez auprès du patient ; mesurez à nouveau la respiration et la SpO2.</translation>
        </message>
        <message>
            <source>4. Record the adverse event and the naloxone given.</source>
            <translation>4. Enregistrez l'événement indésirable et la naloxone administrée.</translation>
        </message>
        <message>
            <source>&amp;Record adverse event</source>
            <translation>&amp;Enregistrer l'événement indésirable</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Vital signs past the limits</source>
            <translation>Signes vitaux hors limites</translation>
        </message>
        <message>
            <source>Overdose protocol steps</source>
            <translation>Étapes du protocole de surdose</translation>
        </message>
    </context>
    <context>
        <name>PatientActionsDialog</name>
        <message>
            <source>Clinic lead: patient flags and records</source>
            <translation>Responsable de la clinique : blocages et dossiers des patients</translation>
        </message>
        <message>
            <source>Patient stop-dose flags</source>
            <translation>Blocages de dose du patient</translation>
        </message>
        <message>
            <source>Void a dose entered in error</source>
            <translation>Annuler une dose saisie par erreur</translation>
        </message>
        <message>
            <source>Find a patient by clinic id or name</source>
            <translation>Trouver un patient par identifiant clinique ou nom</translation>
        </message>
        <message>
            <source>clinic id or name</source>
            <translation>identifiant clinique ou nom</translation>
        </message>
        <message>
            <source>Patients on this station's roster</source>
            <translation>Patients de la liste de ce poste</translation>
        </message>
        <message>
            <source>No patient chosen.</source>
            <translation>Aucun patient choisi.</translation>
        </message>
        <message>
            <source>Chosen patient</source>
            <translation>Patient choisi</translation>
        </message>
        <message>
            <source>Patient actions message</source>
            <translation>Message des actions patient</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the patient screen</source>
            <translation>Fermer l'écran patient</translation>
        </message>
        <message>
            <source>Stop-dose flags</source>
            <translation>Blocages de dose</translation>
        </message>
        <message>
            <source>Stop-dose flags set now</source>
            <translation>Blocages de dose actifs</translation>
        </message>
        <message>
            <source>Reason for a new stop-dose flag</source>
            <translation>Motif d'un nouveau blocage de dose</translation>
        </message>
        <message>
            <source>e.g. physician review pending</source>
            <translation>p. ex. réévaluation médicale en attente</translation>
        </message>
        <message>
            <source>&amp;Set a stop-dose flag</source>
            <translation>Poser un &amp;blocage de dose</translation>
        </message>
        <message>
            <source>Set a stop-dose flag with this reason</source>
            <translation>Poser un blocage de dose avec ce motif</translation>
        </message>
        <message>
            <source>Reason for lifting the chosen flag</source>
            <translation>Motif de la levée du blocage choisi</translation>
        </message>
        <message>
            <source>e.g. physician reviewed</source>
            <translation>p. ex. réévalué par le médecin</translation>
        </message>
        <message>
            <source>&amp;Lift the chosen flag</source>
            <translation>&amp;Lever le blocage choisi</translation>
        </message>
        <message>
            <source>Lift the chosen stop-dose flag</source>
            <translation>Lever le blocage de dose choisi</translation>
        </message>
        <message>
            <source>Stop-dose fla&amp;gs set now</source>
            <translation>Blocages de dose &amp;actifs</translation>
        </message>
        <message>
            <source>Reason for a &amp;new flag</source>
            <translation>Motif d'un &amp;nouveau blocage</translation>
        </message>
        <message>
            <source>Reason for l&amp;ifting</source>
            <translation>Motif de la l&amp;evée</translation>
        </message>
        <message>
            <source>Review after a break</source>
            <translation>Réévaluation après une interruption</translation>
        </message>
        <message>
            <source>Reviews after a break on record</source>
            <translation>Réévaluations après une interruption enregistrées</translation>
        </message>
        <message>
            <source>What the review after a break found</source>
            <translation>Constat de la réévaluation après l'interruption</translation>
        </message>
        <message>
            <source>e.g. re-titration confirmed by the physician</source>
            <translation>p. ex. nouvelle titration confirmée par le médecin</translation>
        </message>
        <message>
            <source>Record the &amp;review</source>
            <translation>Enregistrer la &amp;réévaluation</translation>
        </message>
        <message>
            <source>Record the review after a break</source>
            <translation>Enregistrer la réévaluation après l'interruption</translation>
        </message>
        <message>
            <source>&amp;What the review found</source>
            <translation>&amp;Constat de la réévaluation</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Rec&amp;hercher</translation>
        </message>
        <message>
            <source>&amp;Patients</source>
            <translation>&amp;Patients</translation>
        </message>
        <message>
            <source>No patient on the roster matches.</source>
            <translation>Aucun patient de la liste ne correspond.</translation>
        </message>
        <message>
            <source>{clinic_id}: {name}, born {birth}</source>
            <translation>{clinic_id} : {name}, né(e) le {birth}</translation>
        </message>
        <message>
            <source>staff of another station</source>
            <translation>personnel d'un autre poste</translation>
        </message>
        <message>
            <source>{reason} — set by {who}, {time}</source>
            <translation>{reason} — posé par {who}, {time}</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Aucun blocage de dose n'est posé.</translation>
        </message>
        <message>
            <source>Last review after a break: {time}</source>
            <translation>Dernière réévaluation après une interruption : {time}</translation>
        </message>
        <message>
            <source>No review after a break on record.</source>
            <translation>Aucune réévaluation après une interruption enregistrée.</translation>
        </message>
        <message>
            <source>Choose a patient first.</source>
            <translation>Choisissez d'abord un patient.</translation>
        </message>
        <message>
            <source>Stop-dose flag set: no dose until a clinic lead lifts it.</source>
            <translation>Blocage de dose posé : aucune dose jusqu'à ce qu'un responsable de la clinique le lève.</translation>
        </message>
        <message>
            <source>Choose a patient and one of their stop-dose flags first.</source>
            <translation>Choisissez d'abord un patient et l'un de ses blocages de dose.</translation>
        </message>
        <message>
            <source>Stop-dose flag lifted.</source>
            <translation>Blocage de dose levé.</translation>
        </message>
        <message>
            <source>The review after the break is recorded.</source>
            <translation>La réévaluation après l'interruption est enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>PatientPanel</name>
        <message>
            <source>Patient photo</source>
            <translation>Photo du patient</translation>
        </message>
        <message>
            <source>Patient name</source>
            <translation>Nom du patient</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Identifiant clinique</translation>
        </message>
        <message>
            <source>Prescription</source>
            <translation>Prescription</translation>
        </message>
        <message>
            <source>Doses today</source>
            <translation>Doses du jour</translation>
        </message>
        <message>
            <source>Time since last dose</source>
            <translation>Temps depuis la dernière dose</translation>
        </message>
        <message>
            <source>Missed days</source>
            <translation>Jours manqués</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>No patient yet: scan a card.</source>
            <translation>Pas encore de patient : scannez une carte.</translation>
        </message>
        <message>
            <source>No patient</source>
            <translation>Aucun patient</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Né(e) le</translation>
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
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Last dose</source>
            <translation>Dernière dose</translation>
        </message>
        <message>
            <source>No photo on record: initials</source>
            <translation>Pas de photo enregistrée : initiales</translation>
        </message>
        <message>
            <source>none active today</source>
            <translation>aucune active aujourd'hui</translation>
        </message>
        <message>
            <source>{drug}: {session} per session, {day} per day, {n} sessions ({phase})</source>
            <translation>{drug} : {session} par séance, {day} par jour, {n} séances ({phase})</translation>
        </message>
        <message>
            <source>STOP-DOSE: {reason}</source>
            <translation>BLOCAGE DE DOSE : {reason}</translation>
        </message>
        <message>
            <source>{n} days missed</source>
            <translation>{n} jours manqués</translation>
        </message>
        <message>
            <source>still under observation</source>
            <translation>encore en observation</translation>
        </message>
        <message>
            <source>home station is another station</source>
            <translation>le poste habituel est un autre poste</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
    </context>
    <context>
        <name>PharmacyWorkspace</name>
        <message>
            <source>Pharmacy</source>
            <translation>Pharmacie</translation>
        </message>
        <message>
            <source>Pharmacy — {name}</source>
            <translation>Pharmacie — {name}</translation>
        </message>
        <message>
            <source>Pharmacy tasks</source>
            <translation>Tâches de la pharmacie</translation>
        </message>
        <message>
            <source>&amp;1 Receive</source>
            <translation>&amp;1 Réception</translation>
        </message>
        <message>
            <source>&amp;2 Reconstitute</source>
            <translation>&amp;2 Reconstitution</translation>
        </message>
        <message>
            <source>&amp;3 Waste and destruction</source>
            <translation>&amp;3 Déchets et destruction</translation>
        </message>
        <message>
            <source>&amp;4 Count</source>
            <translation>&amp;4 Comptage</translation>
        </message>
        <message>
            <source>&amp;5 Register</source>
            <translation>&amp;5 Registre</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Dose plan (optional)</source>
            <translation>Plan de doses (facultatif)</translation>
        </message>
        <message>
            <source>Dose plan</source>
            <translation>Plan de doses</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Pas de plan</translation>
        </message>
        <message>
            <source>Titration: rise by mg</source>
            <translation>Titration : augmentation en mg</translation>
        </message>
        <message>
            <source>Taper: fall by percent</source>
            <translation>Réduction progressive : baisse en pour cent</translation>
        </message>
        <message>
            <source>Plan starts on</source>
            <translation>Début du plan le</translation>
        </message>
        <message>
            <source>First day's amount in mg</source>
            <translation>Quantité du premier jour en mg</translation>
        </message>
        <message>
            <source>mg per day</source>
            <translation>mg par jour</translation>
        </message>
        <message>
            <source>Rise per step in mg</source>
            <translation>Augmentation par étape en mg</translation>
        </message>
        <message>
            <source>mg</source>
            <translation>mg</translation>
        </message>
        <message>
            <source>Fall per step in percent</source>
            <translation>Baisse par étape en pour cent</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Days between steps</source>
            <translation>Jours entre les étapes</translation>
        </message>
        <message>
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <source>Ceiling or floor in mg</source>
            <translation>Plafond ou plancher en mg</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Daily cap</source>
            <translation>Plafond journalier</translation>
        </message>
        <message>
            <source>Dated steps of the plan</source>
            <translation>Étapes datées du plan</translation>
        </message>
        <message>
            <source>Dose plan message</source>
            <translation>Message du plan de doses</translation>
        </message>
        <message>
            <source>Dose p&amp;lan</source>
            <translation>P&amp;lan de doses</translation>
        </message>
        <message>
            <source>Plan s&amp;tarts on</source>
            <translation>Dé&amp;but du plan</translation>
        </message>
        <message>
            <source>First day's &amp;amount (mg)</source>
            <translation>&amp;Quantité du premier jour (mg)</translation>
        </message>
        <message>
            <source>&amp;Rise per step (mg)</source>
            <translation>Augmentation pa&amp;r étape (mg)</translation>
        </message>
        <message>
            <source>Fall pe&amp;r step (%)</source>
            <translation>Baisse pa&amp;r étape (%)</translation>
        </message>
        <message>
            <source>Step &amp;every (days)</source>
            <translation>&amp;Cadence des étapes (jours)</translation>
        </message>
        <message>
            <source>&amp;Goes up to (mg per day)</source>
            <translation>Pl&amp;afond (mg par jour)</translation>
        </message>
        <message>
            <source>Dated steps of the pla&amp;n</source>
            <translation>&amp;Étapes datées du plan</translation>
        </message>
        <message>
            <source>&amp;Goes down to (mg per day)</source>
            <translation>Pl&amp;ancher (mg par jour)</translation>
        </message>
        <message>
            <source>Type the day the plan starts (dd.mm.yyyy).</source>
            <translation>Saisissez le jour de début du plan (jj.mm.aaaa).</translation>
        </message>
        <message>
            <source>Type the plan's first day's amount in mg.</source>
            <translation>Saisissez la quantité du premier jour du plan en mg.</translation>
        </message>
        <message>
            <source>Type how many mg the plan rises per step.</source>
            <translation>Saisissez de combien de mg le plan augmente par étape.</translation>
        </message>
        <message>
            <source>Type by how many percent the plan falls per step.</source>
            <translation>Saisissez de combien de pour cent le plan baisse par étape.</translation>
        </message>
        <message>
            <source>Type every how many days the plan takes a step.</source>
            <translation>Saisissez tous les combien de jours le plan passe à l'étape suivante.</translation>
        </message>
        <message>
            <source>Type the ceiling of the titration in mg per day.</source>
            <translation>Saisissez le plafond de la titration en mg par jour.</translation>
        </message>
        <message>
            <source>Type the floor of the taper in mg per day.</source>
            <translation>Saisissez le plancher de la réduction progressive en mg par jour.</translation>
        </message>
        <message>
            <source>The plan starts after the order's last day.</source>
            <translation>Le plan commence après le dernier jour de l'ordonnance.</translation>
        </message>
    </context>
    <context>
        <name>PortsPanel</name>
        <message>
            <source>Serial ports</source>
            <translation>Ports série</translation>
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
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>USB location</source>
            <translation>Emplacement USB</translation>
        </message>
        <message>
            <source>&amp;List ports</source>
            <translation>&amp;Lister les ports</translation>
        </message>
        <message>
            <source>List the serial ports</source>
            <translation>Lister les ports série</translation>
        </message>
        <message>
            <source>Scale port</source>
            <translation>Port de la balance</translation>
        </message>
        <message>
            <source>Scale protocol</source>
            <translation>Protocole de la balance</translation>
        </message>
        <message>
            <source>Printer port</source>
            <translation>Port de l'imprimante</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Imprimante</translation>
        </message>
        <message>
            <source>Scanner port</source>
            <translation>Port du lecteur</translation>
        </message>
        <message>
            <source>empty: keyboard only</source>
            <translation>vide : clavier uniquement</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>&amp;Save device profile</source>
            <translation>&amp;Enregistrer le profil des appareils</translation>
        </message>
        <message>
            <source>Save the device profile</source>
            <translation>Enregistrer le profil des appareils</translation>
        </message>
        <message>
            <source>Device profile message</source>
            <translation>Message du profil des appareils</translation>
        </message>
        <message>
            <source>Device profile</source>
            <translation>Profil des appareils</translation>
        </message>
        <message>
            <source>Scale &amp;port</source>
            <translation>&amp;Port de la balance</translation>
        </message>
        <message>
            <source>Scale p&amp;rotocol</source>
            <translation>P&amp;rotocole de la balance</translation>
        </message>
        <message>
            <source>Scale line</source>
            <translation>Ligne de la balance</translation>
        </message>
        <message>
            <source>Pri&amp;nter port</source>
            <translation>Port de l'&amp;imprimante</translation>
        </message>
        <message>
            <source>Sc&amp;anner port</source>
            <translation>Port du le&amp;cteur</translation>
        </message>
        <message>
            <source>Printer line</source>
            <translation>Ligne de l'imprimante</translation>
        </message>
        <message>
            <source>Scanner line</source>
            <translation>Ligne du lecteur</translation>
        </message>
        <message numerus="yes">
            <source>%n serial port(s) found; double-click one to use it for the scale.</source>
            <translation>
                <numerusform>%n port série trouvé ; double-cliquez dessus pour l'utiliser pour la balance.</numerusform>
                <numerusform>%n ports série trouvés ; double-cliquez sur l'un d'eux pour l'utiliser pour la balance.</numerusform>
            </translation>
        </message>
        <message>
            <source>scale</source>
            <translation>balance</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>imprimante</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>lecteur</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud with {protocol}: choose one of {speeds}.</source>
            <translation>{device} : {baud} bauds impossible avec {protocol} : choisissez parmi {speeds}.</translation>
        </message>
        <message>
            <source>The {device} cannot use {baud} baud: choose one of {speeds}.</source>
            <translation>{device} : {baud} bauds impossible : choisissez parmi {speeds}.</translation>
        </message>
        <message>
            <source>Device profile saved; the devices use it from the next start.</source>
            <translation>Profil des appareils enregistré ; les appareils l'utilisent dès le prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>PrepareStep</name>
        <message>
            <source>overfilled</source>
            <translation>trop remplie</translation>
        </message>
        <message>
            <source>underfilled</source>
            <translation>pas assez remplie</translation>
        </message>
        <message>
            <source>air bubble in the syringe</source>
            <translation>bulle d'air dans la seringue</translation>
        </message>
        <message>
            <source>syringe touched the scale's draught shield</source>
            <translation>la seringue a touché le pare-brise de la balance</translation>
        </message>
        <message>
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <source>OVERLOAD</source>
            <translation>SURCHARGE</translation>
        </message>
        <message>
            <source>UNDERLOAD</source>
            <translation>SOUS-CHARGE</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERREUR</translation>
        </message>
        <message>
            <source>Prepare and weigh the dose</source>
            <translation>Préparer et peser la dose</translation>
        </message>
        <message>
            <source>Preparation step</source>
            <translation>Étape de préparation</translation>
        </message>
        <message>
            <source>Solution batch</source>
            <translation>Lot de solution</translation>
        </message>
        <message>
            <source>Batch details</source>
            <translation>Détails du lot</translation>
        </message>
        <message>
            <source>Expected volume and mass</source>
            <translation>Volume et masse attendus</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Que faire maintenant</translation>
        </message>
        <message>
            <source>Live weight</source>
            <translation>Poids en direct</translation>
        </message>
        <message>
            <source>Weight stability</source>
            <translation>Stabilité du poids</translation>
        </message>
        <message>
            <source>&amp;Tare empty syringe</source>
            <translation>&amp;Tarer la seringue vide</translation>
        </message>
        <message>
            <source>Tare the empty syringe</source>
            <translation>Tarer la seringue vide</translation>
        </message>
        <message>
            <source>&amp;Accept weight</source>
            <translation>&amp;Accepter le poids</translation>
        </message>
        <message>
            <source>Accept the weight</source>
            <translation>Accepter le poids</translation>
        </message>
        <message>
            <source>Weighing message</source>
            <translation>Message de pesée</translation>
        </message>
        <message>
            <source>Why the syringe is prepared again</source>
            <translation>Pourquoi la seringue est préparée à nouveau</translation>
        </message>
        <message>
            <source>&amp;Redo with this reason</source>
            <translation>&amp;Refaire avec ce motif</translation>
        </message>
        <message>
            <source>Prepare again</source>
            <translation>Préparer à nouveau</translation>
        </message>
        <message>
            <source>Continue to &amp;label</source>
            <translation>&amp;Continuer vers l'étiquetage</translation>
        </message>
        <message>
            <source>Continue to label</source>
            <translation>Continuer vers l'étiquetage</translation>
        </message>
        <message>
            <source>&amp;End visit</source>
            <translation>Terminer la &amp;visite</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Lot</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Reading the solution batches…</source>
            <translation>Lecture des lots de solution…</translation>
        </message>
        <message>
            <source>The solution batches could not be read: {error}</source>
            <translation>Les lots de solution n'ont pas pu être lus : {error}</translation>
        </message>
        <message>
            <source>No usable solution batch: ask the pharmacist to prepare one.</source>
            <translation>Aucun lot de solution utilisable : demandez au pharmacien d'en préparer un.</translation>
        </message>
        <message>
            <source>Lot {lot}, {concentration}, density {density}, use by {expiry}</source>
            <translation>Lot {lot}, {concentration}, densité {density}, à utiliser avant le {expiry}</translation>
        </message>
        <message>
            <source>1. Put the empty syringe on the scale and press Tare.  2. Fill it to {volume} and put it back on the scale.  3. Press Accept when the weight is stable.</source>
            <translation>1. Posez la seringue vide sur la balance et appuyez sur Tarer.  2. Remplissez-la jusqu'à {volume} et reposez-la sur la balance.  3. Appuyez sur Accepter quand le poids est stable.</translation>
        </message>
        <message>
            <source>NO SCALE</source>
            <translation>PAS DE BALANCE</translation>
        </message>
        <message>
            <source>The scale is connected again. Tare the empty syringe again.</source>
            <translation>La balance est de nouveau connectée. Tarez à nouveau la seringue vide.</translation>
        </message>
        <message>
            <source>STABLE</source>
            <translation>STABLE</translation>
        </message>
        <message>
            <source>moving…</source>
            <translation>en mouvement…</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Tarage…</translation>
        </message>
        <message>
            <source>Tared. Fill the syringe, put it on the scale, then press Accept.</source>
            <translation>Taré. Remplissez la seringue, posez-la sur la balance, puis appuyez sur Accepter.</translation>
        </message>
        <message>
            <source>Waiting for a stable, confirmed weight…</source>
            <translation>En attente d'un poids stable et confirmé…</translation>
        </message>
        <message>
            <source>Accepted: {measured} = {mg} prepared. {explanation}</source>
            <translation>Accepté : {measured} = {mg} préparés. {explanation}</translation>
        </message>
        <message>
            <source>Not accepted, outside the tolerance: {explanation} Choose why and prepare again.</source>
            <translation>Non accepté, hors tolérance : {explanation} Choisissez pourquoi et préparez à nouveau.</translation>
        </message>
        <message>
            <source>No weight accepted: {why}</source>
            <translation>Aucun poids accepté : {why}</translation>
        </message>
        <message>
            <source>Adjust the syringe and press Accept again.</source>
            <translation>Ajustez la seringue et appuyez à nouveau sur Accepter.</translation>
        </message>
        <message>
            <source>The redo was not recorded: {error}. It is kept with the dose.</source>
            <translation>La nouvelle préparation n'a pas été enregistrée : {error}. Elle est conservée avec la dose.</translation>
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
            <translation>entretien</translation>
        </message>
        <message>
            <source>taper</source>
            <translation>réduction progressive</translation>
        </message>
        <message>
            <source>clinic's default</source>
            <translation>valeur par défaut de la clinique</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>jj.mm.aaaa</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspace</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Espace du médecin prescripteur</translation>
        </message>
        <message>
            <source>Prescriber — {name}</source>
            <translation>Médecin prescripteur — {name}</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Ce qui demande de l'attention</translation>
        </message>
        <message>
            <source>Patients and their active orders</source>
            <translation>Patients et leurs ordonnances actives</translation>
        </message>
        <message>
            <source>Orders due for review</source>
            <translation>Ordonnances à réévaluer</translation>
        </message>
        <message>
            <source>Orders expiring soon</source>
            <translation>Ordonnances arrivant bientôt à échéance</translation>
        </message>
        <message>
            <source>Expired orders</source>
            <translation>Ordonnances échues</translation>
        </message>
        <message>
            <source>Prescriber's lists</source>
            <translation>Listes du médecin prescripteur</translation>
        </message>
        <message>
            <source>Prescriber message</source>
            <translation>Message du médecin prescripteur</translation>
        </message>
        <message>
            <source>The chosen order</source>
            <translation>L'ordonnance choisie</translation>
        </message>
        <message>
            <source>Clinic id</source>
            <translation>Identifiant clinique</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>Drug and form</source>
            <translation>Médicament et forme</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Par séance</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>Par jour</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Minimum interval</source>
            <translation>Intervalle minimal</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valable du</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valable jusqu'au</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Réévaluation le</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signé par</translation>
        </message>
        <message>
            <source>&amp;New order…</source>
            <translation>&amp;Nouvelle ordonnance…</translation>
        </message>
        <message>
            <source>Write a new order</source>
            <translation>Rédiger une nouvelle ordonnance</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Change the chosen order</source>
            <translation>Modifier l'ordonnance choisie</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Renouveler…</translation>
        </message>
        <message>
            <source>Renew the chosen order</source>
            <translation>Renouveler l'ordonnance choisie</translation>
        </message>
        <message>
            <source>S&amp;top…</source>
            <translation>&amp;Arrêter…</translation>
        </message>
        <message>
            <source>Stop the chosen order</source>
            <translation>Arrêter l'ordonnance choisie</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>Read the lists again</source>
            <translation>Relire les listes</translation>
        </message>
        <message>
            <source>&amp;1 Patients and active orders</source>
            <translation>&amp;1 Patients et ordonnances actives</translation>
        </message>
        <message>
            <source>&amp;2 Reviews due ({n})</source>
            <translation>&amp;2 Réévaluations dues ({n})</translation>
        </message>
        <message>
            <source>&amp;3 Expiring within {days} days ({n})</source>
            <translation>&amp;3 Échéance dans {days} jours ({n})</translation>
        </message>
        <message>
            <source>&amp;4 Expired ({n})</source>
            <translation>&amp;4 Échues ({n})</translation>
        </message>
        <message>
            <source>review due</source>
            <translation>réévaluation due</translation>
        </message>
        <message>
            <source>expiring</source>
            <translation>arrive à échéance</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>échue</translation>
        </message>
        <message>
            <source>{patients} patients, {active} active orders; {reviews} reviews due, {expiring} expiring within {days} days, {expired} expired (today {today}).</source>
            <translation>{patients} patients, {active} ordonnances actives ; {reviews} réévaluations dues, {expiring} arrivant à échéance dans {days} jours, {expired} échues (aujourd'hui {today}).</translation>
        </message>
        <message>
            <source>not on this station's roster</source>
            <translation>absent de la liste de ce poste</translation>
        </message>
        <message>
            <source>no signed order</source>
            <translation>aucune ordonnance signée</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>+{step} every {days} d up to {target}</source>
            <translation>+{step} tous les {days} j jusqu'à {target}</translation>
        </message>
        <message>
            <source>−{percent} % every {days} d down to {target}</source>
            <translation>−{percent} % tous les {days} j jusqu'à {target}</translation>
        </message>
        <message>
            <source>brought over, unsigned</source>
            <translation>reprise, non signée</translation>
        </message>
        <message>
            <source>{clinic_id}: no signed order active today.</source>
            <translation>{clinic_id} : aucune ordonnance signée active aujourd'hui.</translation>
        </message>
        <message>
            <source>{clinic_id} {name}: {drug}, {session} per session, {day} per day, {sessions} sessions, interval {interval}; valid {start} to {end}; review {review}; plan: {plan}. Note for the counter: {note}. Version {version}, signed as prescribed by {signer} on {signed_day} at {signed_time}.</source>
            <translation>{clinic_id} {name} : {drug}, {session} par séance, {day} par jour, {sessions} séances, intervalle {interval} ; valable du {start} au {end} ; réévaluation {review} ; plan : {plan}. Note pour le guichet : {note}. Version {version}, signée comme prescrite par {signer} le {signed_day} à {signed_time}.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sans date de fin</translation>
        </message>
        <message>
            <source>Choose an order in the list first.</source>
            <translation>Choisissez d'abord une ordonnance dans la liste.</translation>
        </message>
        <message>
            <source>Order signed: version {version} by {name}.</source>
            <translation>Ordonnance signée : version {version} par {name}.</translation>
        </message>
        <message>
            <source>Scans are not used in the prescriber's workspace.</source>
            <translation>Les scans ne sont pas utilisés dans l'espace du médecin prescripteur.</translation>
        </message>
    </context>
    <context>
        <name>PrescriberWorkspaceDialog</name>
        <message>
            <source>Prescriber's workspace</source>
            <translation>Espace du médecin prescripteur</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the prescriber's workspace</source>
            <translation>Fermer l'espace du médecin prescripteur</translation>
        </message>
    </context>
    <context>
        <name>PrinterChecks</name>
        <message>
            <source>Label printer</source>
            <translation>Imprimante d'étiquettes</translation>
        </message>
        <message>
            <source>Printer checks</source>
            <translation>Contrôles de l'imprimante</translation>
        </message>
        <message>
            <source>Ask the printer</source>
            <translation>Interroger l'imprimante</translation>
        </message>
        <message>
            <source>Printer stat&amp;us</source>
            <translation>É&amp;tat de l'imprimante</translation>
        </message>
        <message>
            <source>Print a test label</source>
            <translation>Imprimer une étiquette d'essai</translation>
        </message>
        <message>
            <source>Print a test la&amp;bel</source>
            <translation>Imprimer une étiquette d'&amp;essai</translation>
        </message>
        <message>
            <source>Configuration &amp;dump</source>
            <translation>&amp;Lire la configuration</translation>
        </message>
        <message>
            <source>Show the printer's configuration</source>
            <translation>Afficher la configuration de l'imprimante</translation>
        </message>
        <message>
            <source>Printer status</source>
            <translation>État de l'imprimante</translation>
        </message>
        <message>
            <source>Printer configuration</source>
            <translation>Configuration de l'imprimante</translation>
        </message>
        <message>
            <source>Printer message</source>
            <translation>Message de l'imprimante</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>imprimante</translation>
        </message>
        <message>
            <source>No printer is connected.</source>
            <translation>Aucune imprimante n'est connectée.</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>prête</translation>
        </message>
        <message>
            <source>not ready: {faults}</source>
            <translation>pas prête : {faults}</translation>
        </message>
        <message>
            <source>{ready}. Formats in buffer {formats}, labels remaining {labels}, label length {length} dots, {mode}; printer line {baud} baud {bits} data bits parity {parity}.</source>
            <translation>{ready}. Formats en mémoire {formats}, étiquettes restantes {labels}, longueur d'étiquette {length} points, {mode} ; ligne de l'imprimante {baud} bauds, {bits} bits de données, parité {parity}.</translation>
        </message>
        <message>
            <source>The printer answered.</source>
            <translation>L'imprimante a répondu.</translation>
        </message>
        <message>
            <source>Test label printed: {bytes} bytes in {seconds} s.</source>
            <translation>Étiquette d'essai imprimée : {bytes} octets en {seconds} s.</translation>
        </message>
        <message>
            <source>Configuration read.</source>
            <translation>Configuration lue.</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Clinic id</source>
            <translation>Identifiant clinique</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Attente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>Queue</source>
            <translation>File d'attente</translation>
        </message>
        <message>
            <source>Check in a patient</source>
            <translation>Enregistrer l'arrivée d'un patient</translation>
        </message>
        <message>
            <source>scan a card or type a clinic number</source>
            <translation>scannez une carte ou saisissez un numéro de clinique</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Check the patient in</source>
            <translation>Enregistrer l'arrivée du patient</translation>
        </message>
        <message>
            <source>Patients waiting</source>
            <translation>Patients en attente</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>Appeler le suivant</translation>
        </message>
        <message>
            <source>Call the next patient due</source>
            <translation>Appeler le prochain patient attendu</translation>
        </message>
        <message>
            <source>Call the patient who has waited longest of those due ({key})</source>
            <translation>Appeler le patient qui attend depuis le plus longtemps parmi ceux attendus ({key})</translation>
        </message>
        <message>
            <source>Went away</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>The chosen patient left the queue</source>
            <translation>Le patient choisi a quitté la file d'attente</translation>
        </message>
        <message>
            <source>Queue message</source>
            <translation>Message de la file d'attente</translation>
        </message>
        <message>
            <source>Scan a card or type a clinic number first.</source>
            <translation>Scannez d'abord une carte ou saisissez un numéro de clinique.</translation>
        </message>
        <message>
            <source>{clinic_id} is in the queue.</source>
            <translation>{clinic_id} est dans la file d'attente.</translation>
        </message>
        <message>
            <source>Nobody due is waiting.</source>
            <translation>Personne d'attendu n'attend.</translation>
        </message>
        <message>
            <source>Called {clinic_id}.</source>
            <translation>{clinic_id} appelé.</translation>
        </message>
        <message>
            <source>{clinic_id} checked in without a card: scan it at the window.</source>
            <translation>{clinic_id} enregistré sans carte : scannez-la au guichet.</translation>
        </message>
        <message>
            <source>Choose the patient in the list first.</source>
            <translation>Choisissez d'abord le patient dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>RawMonitor</name>
        <message>
            <source>Start raw monitor</source>
            <translation>Démarrer le moniteur brut</translation>
        </message>
        <message>
            <source>Start or stop the {device}'s raw monitor</source>
            <translation>Démarrer ou arrêter le moniteur brut : {device}</translation>
        </message>
        <message>
            <source>Raw traffic of the {device}</source>
            <translation>Trafic brut : {device}</translation>
        </message>
        <message>
            <source>Stop raw monitor</source>
            <translation>Arrêter le moniteur brut</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>identified by clinic card and photo</source>
            <translation>identifié par la carte de la clinique et la photo</translation>
        </message>
        <message>
            <source>identified by name and birth date, with a witness</source>
            <translation>identifié par le nom et la date de naissance, avec un témoin</translation>
        </message>
        <message>
            <source>identified without a card and without a witness</source>
            <translation>identifié sans carte et sans témoin</translation>
        </message>
        <message>
            <source>the witness is the person who identified</source>
            <translation>le témoin est la personne qui a identifié</translation>
        </message>
        <message>
            <source>identity not confirmed</source>
            <translation>identité non confirmée</translation>
        </message>
        <message>
            <source>one active prescription for the drug</source>
            <translation>une prescription active pour le médicament</translation>
        </message>
        <message>
            <source>no active prescription for the drug on this day</source>
            <translation>aucune prescription active pour le médicament ce jour</translation>
        </message>
        <message>
            <source>more than one active prescription for the drug</source>
            <translation>plus d'une prescription active pour le médicament</translation>
        </message>
        <message>
            <source>no stop-dose flag</source>
            <translation>aucun blocage de dose</translation>
        </message>
        <message>
            <source>a stop-dose flag is set</source>
            <translation>un blocage de dose est posé</translation>
        </message>
        <message>
            <source>this station holds the (patient, session) lease</source>
            <translation>ce poste détient la réservation (patient, séance)</translation>
        </message>
        <message>
            <source>another station holds the (patient, session) lease</source>
            <translation>un autre poste détient la réservation (patient, séance)</translation>
        </message>
        <message>
            <source>offline, and this is the patient's home station</source>
            <translation>hors ligne, et c'est le poste habituel du patient</translation>
        </message>
        <message>
            <source>offline, and this is not the patient's home station</source>
            <translation>hors ligne, et ce n'est pas le poste habituel du patient</translation>
        </message>
        <message>
            <source>no dose yet in this session</source>
            <translation>pas encore de dose pendant cette séance</translation>
        </message>
        <message>
            <source>outside every session window</source>
            <translation>en dehors de toute plage de séance</translation>
        </message>
        <message>
            <source>a full dose was already given in this session</source>
            <translation>une dose complète a déjà été administrée pendant cette séance</translation>
        </message>
        <message>
            <source>a partial dose was given in this session</source>
            <translation>une dose partielle a été administrée pendant cette séance</translation>
        </message>
        <message>
            <source>the prescribed sessions for the day are used up</source>
            <translation>les séances prescrites du jour sont épuisées</translation>
        </message>
        <message>
            <source>induction day 1: several doses per session</source>
            <translation>induction jour 1 : plusieurs doses par séance</translation>
        </message>
        <message>
            <source>the previous observation is closed</source>
            <translation>l'observation précédente est close</translation>
        </message>
        <message>
            <source>the previous observation is still open</source>
            <translation>l'observation précédente est encore ouverte</translation>
        </message>
        <message>
            <source>induction day 1: observation continues</source>
            <translation>induction jour 1 : l'observation continue</translation>
        </message>
        <message>
            <source>no pre-dose assessment</source>
            <translation>pas d'évaluation avant la dose</translation>
        </message>
        <message>
            <source>the pre-dose assessment is too old (or in the future)</source>
            <translation>l'évaluation avant la dose est trop ancienne (ou dans le futur)</translation>
        </message>
        <message>
            <source>assessment negative</source>
            <translation>évaluation négative</translation>
        </message>
        <message>
            <source>severe sedation: refused</source>
            <translation>sédation sévère : refusé</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule refuses</source>
            <translation>intoxiqué ; la règle de la clinique refuse</translation>
        </message>
        <message>
            <source>intoxicated; clinic rule reduces the dose</source>
            <translation>intoxiqué ; la règle de la clinique réduit la dose</translation>
        </message>
        <message>
            <source>intoxicated; proposed dose above the reduced dose</source>
            <translation>intoxiqué ; dose proposée supérieure à la dose réduite</translation>
        </message>
        <message>
            <source>the proposed dose is 0 mg</source>
            <translation>la dose proposée est de 0 mg</translation>
        </message>
        <message>
            <source>within the prescribed per-session maximum</source>
            <translation>dans le maximum prescrit par séance</translation>
        </message>
        <message>
            <source>above the prescribed per-session maximum</source>
            <translation>au-dessus du maximum prescrit par séance</translation>
        </message>
        <message>
            <source>within every daily maximum</source>
            <translation>dans tous les maxima journaliers</translation>
        </message>
        <message>
            <source>above the prescription's daily maximum</source>
            <translation>au-dessus du maximum journalier de la prescription</translation>
        </message>
        <message>
            <source>above the clinic's daily DAM maximum</source>
            <translation>au-dessus du maximum journalier de DAM de la clinique</translation>
        </message>
        <message>
            <source>above the clinic's daily methadone maximum alongside DAM</source>
            <translation>au-dessus du maximum journalier de méthadone avec DAM de la clinique</translation>
        </message>
        <message>
            <source>no earlier dose on record</source>
            <translation>aucune dose antérieure enregistrée</translation>
        </message>
        <message>
            <source>the minimum interval has passed</source>
            <translation>l'intervalle minimal est écoulé</translation>
        </message>
        <message>
            <source>top-up after a partial dose in the same session</source>
            <translation>complément après une dose partielle pendant la même séance</translation>
        </message>
        <message>
            <source>the minimum interval has not passed</source>
            <translation>l'intervalle minimal n'est pas écoulé</translation>
        </message>
        <message>
            <source>induction: first dose cap</source>
            <translation>induction : plafond de la première dose</translation>
        </message>
        <message>
            <source>induction: second dose cap</source>
            <translation>induction : plafond de la deuxième dose</translation>
        </message>
        <message>
            <source>induction day 1: per-dose cap</source>
            <translation>induction jour 1 : plafond par dose</translation>
        </message>
        <message>
            <source>induction: above the cap</source>
            <translation>induction : au-dessus du plafond</translation>
        </message>
        <message>
            <source>induction day 1: doses too close together</source>
            <translation>induction jour 1 : doses trop rapprochées</translation>
        </message>
        <message>
            <source>induction phase past day 1: titration rules apply</source>
            <translation>phase d'induction après le jour 1 : les règles de titration s'appliquent</translation>
        </message>
        <message>
            <source>titration: within 50 % of yesterday's total</source>
            <translation>titration : dans les 50 % du total de la veille</translation>
        </message>
        <message>
            <source>titration: above 50 % of yesterday's total</source>
            <translation>titration : au-dessus de 50 % du total de la veille</translation>
        </message>
        <message>
            <source>titration: nothing given yesterday</source>
            <translation>titration : rien n'a été administré la veille</translation>
        </message>
        <message>
            <source>titration: within the allowed rise over the last dose</source>
            <translation>titration : dans l'augmentation autorisée par rapport à la dernière dose</translation>
        </message>
        <message>
            <source>titration: above the allowed rise over the last dose</source>
            <translation>titration : au-dessus de l'augmentation autorisée par rapport à la dernière dose</translation>
        </message>
        <message>
            <source>titration: no earlier dose to rise from</source>
            <translation>titration : aucune dose antérieure sur laquelle s'appuyer</translation>
        </message>
        <message>
            <source>fewer missed days than the warning threshold</source>
            <translation>moins de jours manqués que le seuil d'avertissement</translation>
        </message>
        <message>
            <source>a new induction after a break</source>
            <translation>une nouvelle induction après une interruption</translation>
        </message>
        <message>
            <source>consecutive missed days: first warning threshold</source>
            <translation>jours manqués consécutifs : premier seuil d'avertissement</translation>
        </message>
        <message>
            <source>consecutive missed days: second warning threshold</source>
            <translation>jours manqués consécutifs : deuxième seuil d'avertissement</translation>
        </message>
        <message>
            <source>after the break a clinician must review</source>
            <translation>après l'interruption, un clinicien doit réévaluer</translation>
        </message>
        <message>
            <source>after the break the dose is capped</source>
            <translation>après l'interruption, la dose est plafonnée</translation>
        </message>
        <message>
            <source>after the break, above the cap</source>
            <translation>après l'interruption, au-dessus du plafond</translation>
        </message>
        <message>
            <source>a clinician reviewed the patient after the break</source>
            <translation>un clinicien a réévalué le patient après l'interruption</translation>
        </message>
        <message>
            <source>a dose in the history is stamped in the future: a clock is wrong</source>
            <translation>une dose de l'historique est horodatée dans le futur : une horloge est fausse</translation>
        </message>
        <message>
            <source>this station's clock differs from the server's</source>
            <translation>l'horloge de ce poste diffère de celle du serveur</translation>
        </message>
        <message>
            <source>within today's step of the prescriber's dose plan</source>
            <translation>dans l'étape du jour du plan de doses du médecin prescripteur</translation>
        </message>
        <message>
            <source>above today's step of the prescriber's dose plan</source>
            <translation>au-dessus de l'étape du jour du plan de doses du médecin prescripteur</translation>
        </message>
        <message>
            <source>the prescription ends within the warning days</source>
            <translation>la prescription se termine dans les jours d'avertissement</translation>
        </message>
        <message>
            <source>the prescriber's review day has passed</source>
            <translation>le jour de réévaluation du médecin prescripteur est passé</translation>
        </message>
        <message>
            <source>A new induction started after the break; the induction rules apply.</source>
            <translation>Une nouvelle induction a commencé après l'interruption ; les règles d'induction s'appliquent.</translation>
        </message>
        <message>
            <source>Already dosed earlier today.</source>
            <translation>Déjà une dose plus tôt aujourd'hui.</translation>
        </message>
        <message>
            <source>Another station is dosing this patient in this session right now; do not dose.</source>
            <translation>Un autre poste administre une dose à ce patient pendant cette séance en ce moment ; n'administrez pas.</translation>
        </message>
        <message>
            <source>Enter a dose above 0 mg.</source>
            <translation>Saisissez une dose supérieure à 0 mg.</translation>
        </message>
        <message>
            <source>Identified without a card: a second staff member must witness the identification before dosing.</source>
            <translation>Identifié sans carte : une deuxième personne du personnel doit attester l'identification avant la dose.</translation>
        </message>
        <message>
            <source>Identity confirmed by name and birth date, witnessed by a second staff member.</source>
            <translation>Identité confirmée par le nom et la date de naissance, attestée par une deuxième personne du personnel.</translation>
        </message>
        <message>
            <source>Identity confirmed with the clinic card and photo.</source>
            <translation>Identité confirmée avec la carte de la clinique et la photo.</translation>
        </message>
        <message>
            <source>Induction day 1 is over: the titration rules apply.</source>
            <translation>Le jour 1 d'induction est terminé : les règles de titration s'appliquent.</translation>
        </message>
        <message>
            <source>Induction day 1: several doses in one session are allowed under the induction rules.</source>
            <translation>Induction jour 1 : plusieurs doses pendant une séance sont autorisées selon les règles d'induction.</translation>
        </message>
        <message>
            <source>Induction day 1: the observation of the previous dose is still running; keep watching and restart it with this dose.</source>
            <translation>Induction jour 1 : l'observation de la dose précédente est encore en cours ; continuez la surveillance et relancez-la avec cette dose.</translation>
        </message>
        <message>
            <source>It is outside the clinic's dosing sessions: a second staff member must approve with a reason.</source>
            <translation>C'est en dehors des séances de dispensation de la clinique : une deuxième personne du personnel doit approuver avec un motif.</translation>
        </message>
        <message>
            <source>No earlier dose is on record.</source>
            <translation>Aucune dose antérieure n'est enregistrée.</translation>
        </message>
        <message>
            <source>No other station is dosing this patient in this session.</source>
            <translation>Aucun autre poste n'administre de dose à ce patient pendant cette séance.</translation>
        </message>
        <message>
            <source>No stop-dose flag is set.</source>
            <translation>Aucun blocage de dose n'est posé.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: another station may already have dosed, so a second staff member must approve with a reason.</source>
            <translation>Hors ligne, et ce n'est pas le poste habituel du patient : un autre poste a peut-être déjà administré une dose, donc une deuxième personne du personnel doit approuver avec un motif.</translation>
        </message>
        <message>
            <source>Offline, and this is not the patient's home station: dose at the home station or wait until this station is back online.</source>
            <translation>Hors ligne, et ce n'est pas le poste habituel du patient : administrez au poste habituel ou attendez que ce poste soit de nouveau en ligne.</translation>
        </message>
        <message>
            <source>Offline: this is the patient's home station, so it may dose; doses given elsewhere show up after the next sync.</source>
            <translation>Hors ligne : c'est le poste habituel du patient, il peut donc administrer ; les doses administrées ailleurs apparaissent après la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Record the pre-dose assessment (sedation, and breath alcohol if used) first.</source>
            <translation>Enregistrez d'abord l'évaluation avant la dose (sédation, et alcool expiré s'il est utilisé).</translation>
        </message>
        <message>
            <source>The last dose in this session was partial; the interval does not apply.</source>
            <translation>La dernière dose de cette séance était partielle ; l'intervalle ne s'applique pas.</translation>
        </message>
        <message>
            <source>The patient's identity is not confirmed: scan the card, or identify with a witness.</source>
            <translation>L'identité du patient n'est pas confirmée : scannez la carte, ou identifiez avec un témoin.</translation>
        </message>
        <message>
            <source>The previous observation is closed.</source>
            <translation>L'observation précédente est close.</translation>
        </message>
        <message>
            <source>The previous observation is still open: discharge the patient from it first.</source>
            <translation>L'observation précédente est encore ouverte : faites d'abord sortir le patient de celle-ci.</translation>
        </message>
        <message>
            <source>The witness must be a different staff member from the one who identified the patient.</source>
            <translation>Le témoin doit être une autre personne du personnel que celle qui a identifié le patient.</translation>
        </message>
        <message>
            <source>Titration: no dose was given yesterday, so today's maximum cannot be set; a clinic lead must review.</source>
            <translation>Titration : aucune dose n'a été administrée la veille, le maximum du jour ne peut donc pas être fixé ; un responsable de la clinique doit réévaluer.</translation>
        </message>
        <message>
            <source>Titration: there is no earlier dose to rise from; a clinic lead must review.</source>
            <translation>Titration : aucune dose antérieure sur laquelle s'appuyer ; un responsable de la clinique doit réévaluer.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed today's step of the dose plan ({cap} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg dépasserait l'étape du jour du plan de doses ({cap} mg) : {given} mg administrés aujourd'hui, au plus {remaining} mg de plus.</translation>
        </message>
        <message>
            <source>Today's step of the dose plan is {cap} mg: {given} mg given, up to {remaining} mg more.</source>
            <translation>L'étape du jour du plan de doses est de {cap} mg : {given} mg administrés, jusqu'à {remaining} mg de plus.</translation>
        </message>
        <message>
            <source>The prescription for {drug} ends on {until} ({days} day(s) left): ask the prescriber to renew it.</source>
            <translation>La prescription de {drug} se termine le {until} ({days} jour(s) restant(s)) : demandez au médecin prescripteur de la renouveler.</translation>
        </message>
        <message>
            <source>The prescriber's review of this prescription was due on {review_on}: tell the prescriber.</source>
            <translation>La réévaluation de cette prescription par le médecin prescripteur était due le {review_on} : prévenez le médecin prescripteur.</translation>
        </message>
        <message>
            <source>There is no active prescription for {drug} today.</source>
            <translation>Il n'y a aucune prescription active de {drug} aujourd'hui.</translation>
        </message>
        <message>
            <source>There are {count} active prescriptions for {drug} today; a clinic lead must end all but one.</source>
            <translation>Il y a {count} prescriptions actives de {drug} aujourd'hui ; un responsable de la clinique doit toutes les terminer sauf une.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, until {until}.</source>
            <translation>Prescription active de {drug} : au plus {per_session} mg par séance et {per_day} mg par jour, jusqu'au {until}.</translation>
        </message>
        <message>
            <source>Active prescription for {drug}: at most {per_session} mg per session and {per_day} mg per day, with no end date.</source>
            <translation>Prescription active de {drug} : au plus {per_session} mg par séance et {per_day} mg par jour, sans date de fin.</translation>
        </message>
        <message>
            <source>A stop-dose flag is set ({flags}); a prescriber or a clinic lead lifts it.</source>
            <translation>Un blocage de dose est posé ({flags}) ; un médecin prescripteur ou un responsable de la clinique le lève.</translation>
        </message>
        <message>
            <source>This station's clock is {ahead_by} ahead of the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>L'horloge de ce poste avance de {ahead_by} sur celle du serveur central : l'heure du serveur est utilisée pour cette visite. Faites régler l'horloge du poste.</translation>
        </message>
        <message>
            <source>This station's clock is {behind_by} behind the central server's: the server's time is used for this visit. Have the station's clock set right.</source>
            <translation>L'horloge de ce poste retarde de {behind_by} sur celle du serveur central : l'heure du serveur est utilisée pour cette visite. Faites régler l'horloge du poste.</translation>
        </message>
        <message>
            <source>A dose recorded at this station is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>Une dose enregistrée à ce poste est horodatée {ahead} dans le futur : l'horloge de ce poste est fausse. La dose compte comme administrée maintenant ; faites régler l'horloge et demandez à un responsable de la clinique de corriger l'heure de la dose.</translation>
        </message>
        <message>
            <source>A dose recorded at station {station} is stamped {ahead} in the future: that station's clock is wrong. The dose counts as given now; have the clock set right and ask a clinic lead to correct the dose's time.</source>
            <translation>Une dose enregistrée au poste {station} est horodatée {ahead} dans le futur : l'horloge de ce poste est fausse. La dose compte comme administrée maintenant ; faites régler l'horloge et demandez à un responsable de la clinique de corriger l'heure de la dose.</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}).</source>
            <translation>{given} mg ont déjà été administrés pendant cette séance ({session}).</translation>
        </message>
        <message>
            <source>{given} mg was already given in this session ({session}); a second dose needs a second staff member's approval.</source>
            <translation>{given} mg ont déjà été administrés pendant cette séance ({session}) ; une deuxième dose nécessite l'approbation d'une deuxième personne du personnel.</translation>
        </message>
        <message>
            <source>A partial or failed injection (counted as {given} mg) was recorded in this session; another dose needs a second staff member's approval.</source>
            <translation>Une injection partielle ou échouée (comptée pour {given} mg) a été enregistrée pendant cette séance ; une autre dose nécessite l'approbation d'une deuxième personne du personnel.</translation>
        </message>
        <message>
            <source>All {count} prescribed sessions for today have been dosed.</source>
            <translation>Les {count} séances prescrites du jour ont toutes été administrées.</translation>
        </message>
        <message>
            <source>No dose given yet in the {session} session.</source>
            <translation>Aucune dose encore administrée pendant la séance {session}.</translation>
        </message>
        <message>
            <source>The pre-dose assessment is not from the last {within}: assess the patient again.</source>
            <translation>L'évaluation avant la dose ne date pas des dernières {within} : évaluez à nouveau le patient.</translation>
        </message>
        <message>
            <source>Sedation score {sedation}: no dose now; assess the patient again later.</source>
            <translation>Score de sédation {sedation} : pas de dose maintenant ; évaluez à nouveau le patient plus tard.</translation>
        </message>
        <message>
            <source>Pre-dose assessment shows no intoxication (sedation score {sedation}).</source>
            <translation>L'évaluation avant la dose ne montre pas d'intoxication (score de sédation {sedation}).</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): no dose now by clinic rule; assess again later.</source>
            <translation>Signes d'intoxication (score de sédation {sedation}) : pas de dose maintenant selon la règle de la clinique ; évaluez à nouveau plus tard.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Signes d'intoxication (alcool expiré {alcohol} ‰) : pas de dose maintenant selon la règle de la clinique ; évaluez à nouveau plus tard.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): no dose now by clinic rule; assess again later.</source>
            <translation>Signes d'intoxication (score de sédation {sedation} et alcool expiré {alcohol} ‰) : pas de dose maintenant selon la règle de la clinique ; évaluez à nouveau plus tard.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation}): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Signes d'intoxication (score de sédation {sedation}) : au plus {cap} mg ({share} % de la dose prescrite) selon la règle de la clinique.</translation>
        </message>
        <message>
            <source>Signs of intoxication (breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Signes d'intoxication (alcool expiré {alcohol} ‰) : au plus {cap} mg ({share} % de la dose prescrite) selon la règle de la clinique.</translation>
        </message>
        <message>
            <source>Signs of intoxication (sedation score {sedation} and breath alcohol {alcohol} ‰): at most {cap} mg ({share} % of the prescribed dose) by clinic rule.</source>
            <translation>Signes d'intoxication (score de sédation {sedation} et alcool expiré {alcohol} ‰) : au plus {cap} mg ({share} % de la dose prescrite) selon la règle de la clinique.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session: at most {cap} mg.</source>
            <translation>{proposed} mg dépasse le maximum prescrit de {per_session} mg par séance : au plus {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is above the prescribed maximum of {per_session} mg per session ({given} mg already given this session): at most {cap} mg.</source>
            <translation>{proposed} mg dépasse le maximum prescrit de {per_session} mg par séance ({given} mg déjà administrés pendant cette séance) : au plus {cap} mg.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session.</source>
            <translation>{proposed} mg reste dans les {per_session} mg prescrits par séance.</translation>
        </message>
        <message>
            <source>{proposed} mg is within the prescribed {per_session} mg per session ({given} mg already given this session).</source>
            <translation>{proposed} mg reste dans les {per_session} mg prescrits par séance ({given} mg déjà administrés pendant cette séance).</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the prescribed daily maximum ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg dépasserait le maximum journalier prescrit ({limit} mg) : {given} mg administrés aujourd'hui, au plus {remaining} mg de plus.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg dépasserait le maximum journalier de diacétylmorphine de la clinique ({limit} mg) : {given} mg administrés aujourd'hui, au plus {remaining} mg de plus.</translation>
        </message>
        <message>
            <source>{proposed} mg would exceed the clinic's daily maximum of methadone alongside diacetylmorphine ({limit} mg): {given} mg given today, at most {remaining} mg more.</source>
            <translation>{proposed} mg dépasserait le maximum journalier de méthadone avec la diacétylmorphine de la clinique ({limit} mg) : {given} mg administrés aujourd'hui, au plus {remaining} mg de plus.</translation>
        </message>
        <message>
            <source>{given} mg given today; up to {more} mg more is within every daily maximum.</source>
            <translation>{given} mg administrés aujourd'hui ; jusqu'à {more} mg de plus restent dans tous les maxima journaliers.</translation>
        </message>
        <message>
            <source>The last dose was at {last}; the next may be given from {next} (at least {interval} apart).</source>
            <translation>La dernière dose était à {last} ; la suivante peut être administrée à partir de {next} (intervalle d'au moins {interval}).</translation>
        </message>
        <message>
            <source>The last dose was at {last}, more than {interval} ago.</source>
            <translation>La dernière dose était à {last}, il y a plus de {interval}.</translation>
        </message>
        <message>
            <source>Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>Induction : la première dose peut être d'au plus {first_cap} mg ; surveillez attentivement.</translation>
        </message>
        <message>
            <source>Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>Induction : une deuxième dose d'au plus {second_cap} mg peut suivre immédiatement.</translation>
        </message>
        <message>
            <source>Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>Induction jour 1 : chaque dose supplémentaire peut être d'au plus {cap} mg, à au moins {interval} d'intervalle.</translation>
        </message>
        <message>
            <source>Induction day 1: doses at least {interval} apart; the next may be given from {next}.</source>
            <translation>Induction jour 1 : doses à au moins {interval} d'intervalle ; la suivante peut être administrée à partir de {next}.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: the first dose may be at most {first_cap} mg; watch closely.</source>
            <translation>{proposed} mg, c'est trop. Induction : la première dose peut être d'au plus {first_cap} mg ; surveillez attentivement.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction: a second dose of at most {second_cap} mg may follow at once.</source>
            <translation>{proposed} mg, c'est trop. Induction : une deuxième dose d'au plus {second_cap} mg peut suivre immédiatement.</translation>
        </message>
        <message>
            <source>{proposed} mg is too much. Induction day 1: each further dose may be at most {cap} mg, at least {interval} apart.</source>
            <translation>{proposed} mg, c'est trop. Induction jour 1 : chaque dose supplémentaire peut être d'au plus {cap} mg, à au moins {interval} d'intervalle.</translation>
        </message>
        <message>
            <source>Titration: each dose today may be at most {cap} mg ({share} % of yesterday's total of {total} mg).</source>
            <translation>Titration : chaque dose aujourd'hui peut être d'au plus {cap} mg ({share} % du total de la veille de {total} mg).</translation>
        </message>
        <message>
            <source>Titration: a dose may rise by at most {rise} % over the last dose of {last} mg: at most {cap} mg.</source>
            <translation>Titration : une dose peut augmenter d'au plus {rise} % par rapport à la dernière dose de {last} mg : au plus {cap} mg.</translation>
        </message>
        <message>
            <source>Missed days since the last dose: {missed}.</source>
            <translation>Jours manqués depuis la dernière dose : {missed}.</translation>
        </message>
        <message>
            <source>The cap after the {break_days}-day break has ended.</source>
            <translation>Le plafond après l'interruption de {break_days} jours a pris fin.</translation>
        </message>
        <message>
            <source>{missed} consecutive days without a dose: tolerance may be lower and the overdose risk higher; write a comment.</source>
            <translation>{missed} jours consécutifs sans dose : la tolérance peut être plus faible et le risque de surdose plus élevé ; écrivez un commentaire.</translation>
        </message>
        <message>
            <source>A clinician reviewed the patient after the {missed}-day break.</source>
            <translation>Un clinicien a réévalué le patient après l'interruption de {missed} jours.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose a clinician must review the patient before dosing (the review is recorded by a clinic lead).</source>
            <translation>Après {missed} jours sans dose, un clinicien doit réévaluer le patient avant toute dose (la réévaluation est enregistrée par un responsable de la clinique).</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), until a clinic lead records a review.</source>
            <translation>Après {missed} jours sans dose, au plus {cap} mg par dose ({share} % de la dernière dose de {basis} mg), jusqu'à ce qu'un responsable de la clinique enregistre une réévaluation.</translation>
        </message>
        <message>
            <source>After {missed} days without a dose, at most {cap} mg per dose ({share} % of the last dose of {basis} mg), for {days} day(s) from {since}.</source>
            <translation>Après {missed} jours sans dose, au plus {cap} mg par dose ({share} % de la dernière dose de {basis} mg), pendant {days} jour(s) à partir du {since}.</translation>
        </message>
        <message>
            <source>diacetylmorphine IV</source>
            <translation>diacétylmorphine IV</translation>
        </message>
        <message>
            <source>diacetylmorphine IM</source>
            <translation>diacétylmorphine IM</translation>
        </message>
        <message>
            <source>diacetylmorphine oral</source>
            <translation>diacétylmorphine orale</translation>
        </message>
        <message>
            <source>methadone oral</source>
            <translation>méthadone orale</translation>
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
            <translation>Scannez le code DataMatrix de l'emballage avec le lecteur, ou saisissez-le ci-dessous (écrivez &lt;GS&gt; pour le séparateur de groupe) et appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>How to receive a pack</source>
            <translation>Comment réceptionner un emballage</translation>
        </message>
        <message>
            <source>Pack code</source>
            <translation>Code de l'emballage</translation>
        </message>
        <message>
            <source>scan or type the pack code</source>
            <translation>scannez ou saisissez le code de l'emballage</translation>
        </message>
        <message>
            <source>&amp;Read code</source>
            <translation>&amp;Lire le code</translation>
        </message>
        <message>
            <source>Read the pack code</source>
            <translation>Lire le code de l'emballage</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Expiry</source>
            <translation>Péremption</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Code type</source>
            <translation>Type de code</translation>
        </message>
        <message>
            <source>Ampoules received</source>
            <translation>Ampoules reçues</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Quantité reçue</translation>
        </message>
        <message>
            <source>Re&amp;ceive</source>
            <translation>&amp;Réceptionner</translation>
        </message>
        <message>
            <source>Receive this pack</source>
            <translation>Réceptionner cet emballage</translation>
        </message>
        <message>
            <source>Receiving message</source>
            <translation>Message de réception</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Emballage</translation>
        </message>
        <message>
            <source>&amp;Ampoules</source>
            <translation>&amp;Ampoules</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>New product for the catalogue</source>
            <translation>Nouveau produit pour le catalogue</translation>
        </message>
        <message>
            <source>Product number</source>
            <translation>Numéro de produit</translation>
        </message>
        <message>
            <source>Substance</source>
            <translation>Substance</translation>
        </message>
        <message>
            <source>e.g. diacetylmorphine</source>
            <translation>p. ex. diacétylmorphine</translation>
        </message>
        <message>
            <source>Product name</source>
            <translation>Nom du produit</translation>
        </message>
        <message>
            <source>mg per ampoule</source>
            <translation>mg par ampoule</translation>
        </message>
        <message>
            <source>Ampoules per pack</source>
            <translation>Ampoules par emballage</translation>
        </message>
        <message>
            <source>Add this product to the catalogue</source>
            <translation>Ajouter ce produit au catalogue</translation>
        </message>
        <message>
            <source>Add to catalo&amp;gue</source>
            <translation>Ajouter au &amp;catalogue</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Reading the pack code…</source>
            <translation>Lecture du code de l'emballage…</translation>
        </message>
        <message>
            <source>(not in the code)</source>
            <translation>(absent du code)</translation>
        </message>
        <message>
            <source>Not in the catalogue</source>
            <translation>Absent du catalogue</translation>
        </message>
        <message>
            <source>This product is not in the catalogue: add it below, then receive.</source>
            <translation>Ce produit n'est pas dans le catalogue : ajoutez-le ci-dessous, puis réceptionnez.</translation>
        </message>
        <message>
            <source>Check the pack against the screen, then press Receive.</source>
            <translation>Comparez l'emballage avec l'écran, puis appuyez sur Réceptionner.</translation>
        </message>
        <message>
            <source>{units} × {per} = {total}</source>
            <translation>{units} × {per} = {total}</translation>
        </message>
        <message>
            <source>Received: {product}, batch {batch}, serial {serial}.</source>
            <translation>Réceptionné : {product}, lot {batch}, n° de série {serial}.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refusé : {reason}</translation>
        </message>
        <message>
            <source>Give the substance, the name and the mg per ampoule.</source>
            <translation>Indiquez la substance, le nom et les mg par ampoule.</translation>
        </message>
    </context>
    <context>
        <name>ReconstitutePage</name>
        <message>
            <source>Stock lots to take from</source>
            <translation>Lots de stock à utiliser</translation>
        </message>
        <message>
            <source>Stock lot</source>
            <translation>Lot de stock</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>mg to use</source>
            <translation>mg à utiliser</translation>
        </message>
        <message>
            <source>Final volume in mL</source>
            <translation>Volume final en mL</translation>
        </message>
        <message>
            <source>Sample volume in mL</source>
            <translation>Volume de l'échantillon en mL</translation>
        </message>
        <message>
            <source>Sample mass in g</source>
            <translation>Masse de l'échantillon en g</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Shelf life after reconstitution in hours</source>
            <translation>Durée de conservation après reconstitution en heures</translation>
        </message>
        <message>
            <source>&amp;Tare empty vessel</source>
            <translation>&amp;Tarer le récipient vide</translation>
        </message>
        <message>
            <source>Tare the empty vessel on the scale</source>
            <translation>Tarer le récipient vide sur la balance</translation>
        </message>
        <message>
            <source>&amp;Weigh sample</source>
            <translation>&amp;Peser l'échantillon</translation>
        </message>
        <message>
            <source>Weigh the sample on the scale</source>
            <translation>Peser l'échantillon sur la balance</translation>
        </message>
        <message>
            <source>Concentration and density</source>
            <translation>Concentration et densité</translation>
        </message>
        <message>
            <source>Reconstitute and &amp;sign…</source>
            <translation>Reconstituer et &amp;signer…</translation>
        </message>
        <message>
            <source>Reconstitute and sign with a witness</source>
            <translation>Reconstituer et signer avec un témoin</translation>
        </message>
        <message>
            <source>Reconstitution message</source>
            <translation>Message de reconstitution</translation>
        </message>
        <message>
            <source>&amp;Final volume (mL)</source>
            <translation>Volume &amp;final (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;volume (mL)</source>
            <translation>&amp;Volume de l'échantillon (mL)</translation>
        </message>
        <message>
            <source>Sample &amp;mass (g)</source>
            <translation>&amp;Masse de l'échantillon (g)</translation>
        </message>
        <message>
            <source>S&amp;helf life</source>
            <translation>&amp;Durée de conservation</translation>
        </message>
        <message>
            <source>Density: weigh a known volume</source>
            <translation>Densité : pesez un volume connu</translation>
        </message>
        <message>
            <source>Ampoules from these stock lots:</source>
            <translation>Ampoules de ces lots de stock :</translation>
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
            <translation>densité {value} g/mL</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Aucune balance n'est connectée.</translation>
        </message>
        <message>
            <source>Taring…</source>
            <translation>Tarage…</translation>
        </message>
        <message>
            <source>Tared. Fill the vessel with the sample volume, then press Weigh sample.</source>
            <translation>Taré. Remplissez le récipient avec le volume d'échantillon, puis appuyez sur Peser l'échantillon.</translation>
        </message>
        <message>
            <source>Waiting for a stable weight…</source>
            <translation>En attente d'un poids stable…</translation>
        </message>
        <message>
            <source>The scale gave no weight in g.</source>
            <translation>La balance n'a donné aucun poids en g.</translation>
        </message>
        <message>
            <source>Sample weighed: {mass} g.</source>
            <translation>Échantillon pesé : {mass} g.</translation>
        </message>
        <message>
            <source>Type the mg taken from at least one stock lot.</source>
            <translation>Saisissez les mg prélevés sur au moins un lot de stock.</translation>
        </message>
        <message>
            <source>Give the final volume, the sample volume and the weighed sample mass.</source>
            <translation>Indiquez le volume final, le volume de l'échantillon et la masse pesée de l'échantillon.</translation>
        </message>
        <message>
            <source>Witness the reconstitution: {figures}</source>
            <translation>Attester la reconstitution : {figures}</translation>
        </message>
        <message>
            <source>Solution batch {batch} recorded.</source>
            <translation>Lot de solution {batch} enregistré.</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refusé : {reason}</translation>
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
            <translation>Lot affiché</translation>
        </message>
        <message>
            <source>Controlled-drug register</source>
            <translation>Registre des stupéfiants</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Change (mg)</source>
            <translation>Variation (mg)</translation>
        </message>
        <message>
            <source>Balance (mg)</source>
            <translation>Solde (mg)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Correction notes</source>
            <translation>Notes de correction</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter CSV…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Exporter &amp;PDF…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Print the register</source>
            <translation>Imprimer le registre</translation>
        </message>
        <message>
            <source>Correction note</source>
            <translation>Note de correction</translation>
        </message>
        <message>
            <source>what was wrong, and why</source>
            <translation>ce qui était faux, et pourquoi</translation>
        </message>
        <message>
            <source>Correction in mg (optional)</source>
            <translation>Correction en mg (facultatif)</translation>
        </message>
        <message>
            <source>e.g. -0.50</source>
            <translation>p. ex. -0.50</translation>
        </message>
        <message>
            <source>Add &amp;correction</source>
            <translation>Ajouter une &amp;correction</translation>
        </message>
        <message>
            <source>Add a correction to the chosen entry</source>
            <translation>Ajouter une correction à l'écriture choisie</translation>
        </message>
        <message>
            <source>Register message</source>
            <translation>Message du registre</translation>
        </message>
        <message>
            <source>&amp;Substance</source>
            <translation>&amp;Substance</translation>
        </message>
        <message>
            <source>&amp;Batch</source>
            <translation>&amp;Lot</translation>
        </message>
        <message>
            <source>Correct the chosen entry (the entry itself never changes)</source>
            <translation>Corriger l'écriture choisie (l'écriture elle-même ne change jamais)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>C&amp;hange (mg)</source>
            <translation>&amp;Variation (mg)</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>Tous les lots</translation>
        </message>
        <message>
            <source>Stock of {what}</source>
            <translation>Stock de {what}</translation>
        </message>
        <message>
            <source>Choose the entry to correct.</source>
            <translation>Choisissez l'écriture à corriger.</translation>
        </message>
        <message>
            <source>Write what the correction is about.</source>
            <translation>Écrivez l'objet de la correction.</translation>
        </message>
        <message>
            <source>The change must be a number of mg.</source>
            <translation>La variation doit être un nombre de mg.</translation>
        </message>
        <message>
            <source>This entry has no batch: add a note without a change.</source>
            <translation>Cette écriture n'a pas de lot : ajoutez une note sans variation.</translation>
        </message>
        <message>
            <source>Correction added as a dated note.</source>
            <translation>Correction ajoutée sous forme de note datée.</translation>
        </message>
        <message>
            <source>There is nothing to export yet.</source>
            <translation>Il n'y a encore rien à exporter.</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Exporter le registre</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Écriture de {file}…</translation>
        </message>
        <message numerus="yes">
            <source>%n entries written to {file}.</source>
            <translation>
                <numerusform>%n écriture enregistrée dans {file}.</numerusform>
                <numerusform>%n écritures enregistrées dans {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to print yet.</source>
            <translation>Il n'y a encore rien à imprimer.</translation>
        </message>
        <message>
            <source>Controlled-drug register: {substance} — {station}</source>
            <translation>Registre des stupéfiants : {substance} — {station}</translation>
        </message>
        <message>
            <source>Printed {printed} - page {page} of {pages}</source>
            <translation>Imprimé le {printed} - page {page} sur {pages}</translation>
        </message>
        <message>
            <source>Printing the register…</source>
            <translation>Impression du registre…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n page envoyée à l'imprimante.</numerusform>
                <numerusform>%n pages envoyées à l'imprimante.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refusé : {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScaleChecks</name>
        <message>
            <source>Scale</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Scale checks</source>
            <translation>Contrôles de la balance</translation>
        </message>
        <message>
            <source>Not identified yet.</source>
            <translation>Pas encore identifiée.</translation>
        </message>
        <message>
            <source>Scale identity</source>
            <translation>Identité de la balance</translation>
        </message>
        <message>
            <source>&amp;Identify</source>
            <translation>&amp;Identifier</translation>
        </message>
        <message>
            <source>Identify the scale</source>
            <translation>Identifier la balance</translation>
        </message>
        <message>
            <source>&amp;Zero</source>
            <translation>&amp;Zéro</translation>
        </message>
        <message>
            <source>Zero the scale</source>
            <translation>Remettre la balance à zéro</translation>
        </message>
        <message>
            <source>&amp;Tare</source>
            <translation>&amp;Tarer</translation>
        </message>
        <message>
            <source>Tare the scale</source>
            <translation>Tarer la balance</translation>
        </message>
        <message>
            <source>Read the weight once</source>
            <translation>Lire le poids une fois</translation>
        </message>
        <message>
            <source>Test r&amp;ead</source>
            <translation>&amp;Lecture d'essai</translation>
        </message>
        <message>
            <source>Test reading and latency</source>
            <translation>Lecture d'essai et latence</translation>
        </message>
        <message>
            <source>Start raw &amp;monitor</source>
            <translation>Démarrer le moniteur &amp;brut</translation>
        </message>
        <message>
            <source>Start or stop the raw monitor</source>
            <translation>Démarrer ou arrêter le moniteur brut</translation>
        </message>
        <message>
            <source>Raw traffic</source>
            <translation>Trafic brut</translation>
        </message>
        <message>
            <source>Scale serial number</source>
            <translation>Numéro de série de la balance</translation>
        </message>
        <message>
            <source>Certified mass in g</source>
            <translation>Masse certifiée en g</translation>
        </message>
        <message>
            <source>Tolerance in g</source>
            <translation>Tolérance en g</translation>
        </message>
        <message>
            <source>Weigh the reference weight and record the check</source>
            <translation>Peser le poids de référence et enregistrer le contrôle</translation>
        </message>
        <message>
            <source>Calibration status</source>
            <translation>État de l'étalonnage</translation>
        </message>
        <message>
            <source>Scale message</source>
            <translation>Message de la balance</translation>
        </message>
        <message>
            <source>Reference-weight check</source>
            <translation>Contrôle au poids de référence</translation>
        </message>
        <message>
            <source>1. Empty the pan, then zero for the chec&amp;k</source>
            <translation>1. Videz le plateau, puis remettez à zéro pour le &amp;contrôle</translation>
        </message>
        <message>
            <source>Clear any tare and zero the empty scale before the reference-weight check</source>
            <translation>Effacer toute tare et remettre à zéro la balance vide avant le contrôle au poids de référence</translation>
        </message>
        <message>
            <source>2. Check against the reference &amp;weight</source>
            <translation>2. Contrôler avec le poids de &amp;référence</translation>
        </message>
        <message>
            <source>Serial number of t&amp;he scale</source>
            <translation>&amp;Numéro de série de la balance</translation>
        </message>
        <message>
            <source>&amp;Certified mass (g)</source>
            <translation>&amp;Masse certifiée (g)</translation>
        </message>
        <message>
            <source>T&amp;olerance (g)</source>
            <translation>T&amp;olérance (g)</translation>
        </message>
        <message>
            <source>No scale is connected.</source>
            <translation>Aucune balance n'est connectée.</translation>
        </message>
        <message>
            <source>{protocol}: model {model}, serial number {serial}</source>
            <translation>{protocol} : modèle {model}, numéro de série {serial}</translation>
        </message>
        <message>
            <source>The scale answered.</source>
            <translation>La balance a répondu.</translation>
        </message>
        <message>
            <source>Zeroed.</source>
            <translation>Remise à zéro.</translation>
        </message>
        <message>
            <source>Tared ({value} g).</source>
            <translation>Tarée ({value} g).</translation>
        </message>
        <message>
            <source>{value} {unit} ({status}) in {ms} ms; frame {raw}</source>
            <translation>{value} {unit} ({status}) en {ms} ms ; trame {raw}</translation>
        </message>
        <message>
            <source>Stop raw &amp;monitor</source>
            <translation>Arrêter le moniteur &amp;brut</translation>
        </message>
        <message>
            <source>Identify the scale (or type its serial number) first.</source>
            <translation>Identifiez d'abord la balance (ou saisissez son numéro de série).</translation>
        </message>
        <message>
            <source>Give the certified mass and the tolerance in g.</source>
            <translation>Indiquez la masse certifiée et la tolérance en g.</translation>
        </message>
        <message>
            <source>Clearing the tare and zeroing the empty pan…</source>
            <translation>Effacement de la tare et remise à zéro du plateau vide…</translation>
        </message>
        <message>
            <source>Tare cleared and the empty pan zeroed. Place the reference weight, then check.</source>
            <translation>Tare effacée et plateau vide remis à zéro. Posez le poids de référence, puis contrôlez.</translation>
        </message>
        <message>
            <source>First empty the pan and zero it for the check (step 1).</source>
            <translation>Videz d'abord le plateau et remettez-le à zéro pour le contrôle (étape 1).</translation>
        </message>
        <message>
            <source>Waiting for a stable weight of the reference weight…</source>
            <translation>En attente d'un poids stable du poids de référence…</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>réussi</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>ÉCHOUÉ</translation>
        </message>
        <message>
            <source>Reference check {verdict}: {measured} g for {certified} g (± {tolerance} g).</source>
            <translation>Contrôle de référence {verdict} : {measured} g pour {certified} g (± {tolerance} g).</translation>
        </message>
        <message>
            <source>Calibration ok</source>
            <translation>Étalonnage correct</translation>
        </message>
        <message>
            <source>Calibration due</source>
            <translation>Étalonnage à faire</translation>
        </message>
        <message>
            <source>Calibration overdue</source>
            <translation>Étalonnage en retard</translation>
        </message>
        <message>
            <source>Calibration failed</source>
            <translation>Étalonnage échoué</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Jamais contrôlée</translation>
        </message>
        <message>
            <source>Never checked against a reference weight.</source>
            <translation>Jamais contrôlée avec un poids de référence.</translation>
        </message>
        <message>
            <source>The last check ({when}) failed: do not weigh doses on this scale.</source>
            <translation>Le dernier contrôle ({when}) a échoué : ne pesez pas de doses sur cette balance.</translation>
        </message>
        <message>
            <source>Overdue since {due} (last check {when}).</source>
            <translation>En retard depuis le {due} (dernier contrôle {when}).</translation>
        </message>
        <message>
            <source>Due by {due} (last check {when}).</source>
            <translation>À faire d'ici le {due} (dernier contrôle {when}).</translation>
        </message>
        <message>
            <source>Checked {when}; next check due {due}.</source>
            <translation>Contrôlée {when} ; prochain contrôle dû le {due}.</translation>
        </message>
    </context>
    <context>
        <name>ScannerChecks</name>
        <message>
            <source>Scanner test</source>
            <translation>Test du lecteur</translation>
        </message>
        <message>
            <source>Scan any code. To check the keyboard layout, print a test label and scan its bar code.</source>
            <translation>Scannez n'importe quel code. Pour vérifier la disposition du clavier, imprimez une étiquette d'essai et scannez son code-barres.</translation>
        </message>
        <message>
            <source>How to test the scanner</source>
            <translation>Comment tester le lecteur</translation>
        </message>
        <message>
            <source>Scanned text with control characters</source>
            <translation>Texte scanné avec les caractères de contrôle</translation>
        </message>
        <message>
            <source>AIM identifier</source>
            <translation>Identifiant AIM</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>Octets bruts</translation>
        </message>
        <message>
            <source>What the code means</source>
            <translation>Ce que signifie le code</translation>
        </message>
        <message>
            <source>Keyboard layout check</source>
            <translation>Vérification de la disposition du clavier</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>scanner</source>
            <translation>lecteur</translation>
        </message>
        <message>
            <source>The raw monitor shows the serial scanner's port only: a keyboard scanner types into the computer like a keyboard and has no port to watch (its keys appear in the text above).</source>
            <translation>Le moniteur brut n'affiche que le port du lecteur série : un lecteur clavier tape dans l'ordinateur comme un clavier et n'a pas de port à surveiller (ses touches apparaissent dans le texte ci-dessus).</translation>
        </message>
        <message>
            <source>What the scanner's raw monitor shows</source>
            <translation>Ce qu'affiche le moniteur brut du lecteur</translation>
        </message>
        <message>
            <source>{identifier} ({name})</source>
            <translation>{identifier} ({name})</translation>
        </message>
        <message>
            <source>none (the scanner sends no AIM identifier)</source>
            <translation>aucun (le lecteur n'envoie pas d'identifiant AIM)</translation>
        </message>
        <message>
            <source>(typed by the keyboard)</source>
            <translation>(tapé par le clavier)</translation>
        </message>
        <message>
            <source>A damaged pack code: {error}</source>
            <translation>Un code d'emballage endommagé : {error}</translation>
        </message>
        <message>
            <source>Pack code: product {product}, batch {batch}, serial {serial}</source>
            <translation>Code d'emballage : produit {product}, lot {batch}, n° de série {serial}</translation>
        </message>
        <message>
            <source>Not a pack code.</source>
            <translation>Ce n'est pas un code d'emballage.</translation>
        </message>
        <message>
            <source>Set the scanner's keyboard layout to this computer's (or connect it to a serial port).</source>
            <translation>Réglez la disposition du clavier du lecteur sur celle de cet ordinateur (ou connectez-le à un port série).</translation>
        </message>
        <message>
            <source>Keyboard layout ok: the code came through exactly as printed.</source>
            <translation>Disposition du clavier correcte : le code est arrivé exactement tel qu'imprimé.</translation>
        </message>
        <message>
            <source>Y and Z are swapped as on a German keyboard. {fix}</source>
            <translation>Y et Z sont inversés comme sur un clavier allemand. {fix}</translation>
        </message>
        <message>
            <source>A/Q and Z/W are swapped as on a French keyboard. {fix}</source>
            <translation>A/Q et Z/W sont inversés comme sur un clavier français. {fix}</translation>
        </message>
        <message>
            <source>The scan differs from the printed code ({details}). {fix}</source>
            <translation>Le scan diffère du code imprimé ({details}). {fix}</translation>
        </message>
    </context>
    <context>
        <name>SettingChoices</name>
        <message>
            <source>A reason and a second person's signature</source>
            <translation>Un motif et la signature d'une deuxième personne</translation>
        </message>
        <message>
            <source>A reason only</source>
            <translation>Un motif seulement</translation>
        </message>
        <message>
            <source>No dose until a clinic lead has reviewed the patient</source>
            <translation>Aucune dose tant qu'un responsable de la clinique n'a pas réévalué le patient</translation>
        </message>
        <message>
            <source>Each dose capped at a share of the last dose before the break</source>
            <translation>Chaque dose plafonnée à une part de la dernière dose avant l'interruption</translation>
        </message>
        <message>
            <source>After the days set above</source>
            <translation>Après les jours définis ci-dessus</translation>
        </message>
        <message>
            <source>Not before a clinic lead records a review</source>
            <translation>Pas avant qu'un responsable de la clinique enregistre une réévaluation</translation>
        </message>
        <message>
            <source>Reduce the dose</source>
            <translation>Réduire la dose</translation>
        </message>
        <message>
            <source>No dose now</source>
            <translation>Pas de dose maintenant</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Non autorisé</translation>
        </message>
        <message>
            <source>Allowed with a second person's approval</source>
            <translation>Autorisé avec l'approbation d'une deuxième personne</translation>
        </message>
        <message>
            <source>Dose with a second person's approval</source>
            <translation>Dose avec l'approbation d'une deuxième personne</translation>
        </message>
        <message>
            <source>No dose: only the home station doses</source>
            <translation>Pas de dose : seul le poste habituel administre</translation>
        </message>
        <message>
            <source>Warn the nurse; weighings are accepted</source>
            <translation>Avertir l'infirmier ; les pesées sont acceptées</translation>
        </message>
        <message>
            <source>No weighing is accepted until the scale passes a check</source>
            <translation>Aucune pesée n'est acceptée tant que la balance n'a pas réussi un contrôle</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language is a setting of this station: a technician, a clinic lead or an administrator, signed in, changes it.</source>
            <translation>La langue est un paramètre de ce poste : un technicien, un responsable de la clinique ou un administrateur connecté la modifie.</translation>
        </message>
        <message>
            <source>Lock the screen &amp;after (minutes)</source>
            <translation>Verrouiller l'écran &amp;après (minutes)</translation>
        </message>
        <message>
            <source>Lock the screen after this many minutes</source>
            <translation>Verrouiller l'écran après ce nombre de minutes</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Observation after injection</source>
            <translation>Observation après l'injection</translation>
        </message>
        <message>
            <source>%1 min; %2 min when venous access failed</source>
            <translation>%1 min ; %2 min en cas d'échec de l'accès veineux</translation>
        </message>
        <message>
            <source>Observation after injection: %1</source>
            <translation>Observation après l'injection : %1</translation>
        </message>
        <message>
            <source>The observation time is one of the clinic's rules: a clinic lead sets it for all stations. It cannot be changed here.</source>
            <translation>Le temps d'observation fait partie des règles de la clinique : un responsable de la clinique le définit pour tous les postes. Il ne peut pas être modifié ici.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Station behaviour</source>
            <translation>Comportement du poste</translation>
        </message>
        <message>
            <source>Clinic rules (clinic lead only, for every station)</source>
            <translation>Règles de la clinique (responsable de la clinique uniquement, pour tous les postes)</translation>
        </message>
        <message>
            <source>Clinic rules</source>
            <translation>Règles de la clinique</translation>
        </message>
        <message>
            <source>The clinic's rules: only a clinic lead changes them. A change applies to the next decision at this station and reaches the other stations when they sync.</source>
            <translation>Les règles de la clinique : seul un responsable de la clinique les modifie. Une modification s'applique à la prochaine décision de ce poste et atteint les autres postes lors de leur synchronisation.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Settings message</source>
            <translation>Message des paramètres</translation>
        </message>
        <message>
            <source>Changed {when} by {who}.</source>
            <translation>Modifié {when} par {who}.</translation>
        </message>
        <message>
            <source>Built-in value, not changed.</source>
            <translation>Valeur intégrée, non modifiée.</translation>
        </message>
        <message>
            <source>{meaning} Only a clinic lead may change this.</source>
            <translation>{meaning} Seul un responsable de la clinique peut modifier ceci.</translation>
        </message>
        <message>
            <source>{meaning} Only {roles} may change this.</source>
            <translation>{meaning} Seuls {roles} peuvent modifier ceci.</translation>
        </message>
        <message>
            <source>unit: {unit}</source>
            <translation>unité : {unit}</translation>
        </message>
        <message>
            <source>The saved value cannot be used ({problem}). Saving sets the value shown.</source>
            <translation>La valeur enregistrée ne peut pas être utilisée ({problem}). L'enregistrement définit la valeur affichée.</translation>
        </message>
        <message>
            <source>The settings could not be read: {reason}</source>
            <translation>Les paramètres n'ont pas pu être lus : {reason}</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Rien n'a été modifié.</translation>
        </message>
        <message numerus="yes">
            <source>%n setting(s) saved.</source>
            <translation>
                <numerusform>%n paramètre enregistré.</numerusform>
                <numerusform>%n paramètres enregistrés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
    </context>
    <context>
        <name>SignOffDialog</name>
        <message>
            <source>Sign-off by a second person</source>
            <translation>Validation par une deuxième personne</translation>
        </message>
        <message>
            <source>User name of the person signing off</source>
            <translation>Nom d'utilisateur de la personne qui valide</translation>
        </message>
        <message>
            <source>Password of the person signing off</source>
            <translation>Mot de passe de la personne qui valide</translation>
        </message>
        <message>
            <source>Sign-off message</source>
            <translation>Message de validation</translation>
        </message>
        <message>
            <source>&amp;Sign off</source>
            <translation>&amp;Valider</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the sign-off</source>
            <translation>Annuler la validation</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>Mot de &amp;passe</translation>
        </message>
        <message>
            <source>Enter the user name and the password.</source>
            <translation>Saisissez le nom d'utilisateur et le mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>SimulatorPanel</name>
        <message>
            <source>Put %1 g on the scale</source>
            <translation>Poser %1 g sur la balance</translation>
        </message>
        <message>
            <source>Type a mass in grams, e.g. 21.98.</source>
            <translation>Saisissez une masse en grammes, p. ex. 21.98.</translation>
        </message>
        <message>
            <source>Type what the code says, or choose a card.</source>
            <translation>Saisissez ce que dit le code, ou choisissez une carte.</translation>
        </message>
        <message>
            <source>Scale: %1 g placed on the pan.</source>
            <translation>Balance : %1 g posés sur le plateau.</translation>
        </message>
        <message>
            <source>Scale: the pan is empty.</source>
            <translation>Balance : le plateau est vide.</translation>
        </message>
        <message>
            <source>Scale: unsteady (draught), it will not settle.</source>
            <translation>Balance : instable (courant d'air), elle ne se stabilisera pas.</translation>
        </message>
        <message>
            <source>Scale: steady again.</source>
            <translation>Balance : de nouveau stable.</translation>
        </message>
        <message>
            <source>Scale: cable pulled.</source>
            <translation>Balance : câble débranché.</translation>
        </message>
        <message>
            <source>Scale: cable put back.</source>
            <translation>Balance : câble rebranché.</translation>
        </message>
        <message>
            <source>Printer: paper taken out.</source>
            <translation>Imprimante : papier retiré.</translation>
        </message>
        <message>
            <source>Printer: paper put back.</source>
            <translation>Imprimante : papier remis.</translation>
        </message>
        <message>
            <source>Printer: head opened.</source>
            <translation>Imprimante : tête ouverte.</translation>
        </message>
        <message>
            <source>Printer: head closed.</source>
            <translation>Imprimante : tête fermée.</translation>
        </message>
        <message>
            <source>Printer: paused.</source>
            <translation>Imprimante : en pause.</translation>
        </message>
        <message>
            <source>Printer: running again.</source>
            <translation>Imprimante : de nouveau en marche.</translation>
        </message>
        <message>
            <source>Printer: silent (does not answer).</source>
            <translation>Imprimante : muette (ne répond pas).</translation>
        </message>
        <message>
            <source>Printer: answers again.</source>
            <translation>Imprimante : répond de nouveau.</translation>
        </message>
        <message>
            <source>Scanner: code sent.</source>
            <translation>Lecteur : code envoyé.</translation>
        </message>
        <message>
            <source>Put the scale's cable back</source>
            <translation>Rebrancher le câble de la balance</translation>
        </message>
        <message>
            <source>Pull the scale's cable</source>
            <translation>Débrancher le câble de la balance</translation>
        </message>
        <message>
            <source>Mass on the pan (g)</source>
            <translation>Masse sur le plateau (g)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Poser</translation>
        </message>
        <message>
            <source>Remove the syringe</source>
            <translation>Retirer la seringue</translation>
        </message>
        <message>
            <source>Unsteady (draught)</source>
            <translation>Instable (courant d'air)</translation>
        </message>
        <message>
            <source>Paper out</source>
            <translation>Plus de papier</translation>
        </message>
        <message>
            <source>Head open</source>
            <translation>Tête ouverte</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Silent (does not answer)</source>
            <translation>Muette (ne répond pas)</translation>
        </message>
        <message>
            <source>Demo card</source>
            <translation>Carte de démo</translation>
        </message>
        <message>
            <source>Scan card</source>
            <translation>Scanner la carte</translation>
        </message>
        <message>
            <source>Code text</source>
            <translation>Texte du code</translation>
        </message>
        <message>
            <source>Scan text</source>
            <translation>Scanner le texte</translation>
        </message>
        <message>
            <source>Device simulator</source>
            <translation>Simulateur d'appareils</translation>
        </message>
        <message>
            <source>Scale (simulated)</source>
            <translation>Balance (simulée)</translation>
        </message>
        <message>
            <source>Mass to place on the scale, in grams</source>
            <translation>Masse à poser sur la balance, en grammes</translation>
        </message>
        <message>
            <source>e.g. 21.98</source>
            <translation>p. ex. 21.98</translation>
        </message>
        <message>
            <source>Place this mass on the scale</source>
            <translation>Poser cette masse sur la balance</translation>
        </message>
        <message>
            <source>Remove everything from the scale</source>
            <translation>Tout retirer de la balance</translation>
        </message>
        <message>
            <source>Make the scale unsteady</source>
            <translation>Rendre la balance instable</translation>
        </message>
        <message>
            <source>Label printer (simulated)</source>
            <translation>Imprimante d'étiquettes (simulée)</translation>
        </message>
        <message>
            <source>Printer fault: %1</source>
            <translation>Panne de l'imprimante : %1</translation>
        </message>
        <message>
            <source>Card scanner (simulated)</source>
            <translation>Lecteur de cartes (simulé)</translation>
        </message>
        <message>
            <source>Demo card to scan</source>
            <translation>Carte de démo à scanner</translation>
        </message>
        <message>
            <source>Scan the chosen demo card</source>
            <translation>Scanner la carte de démo choisie</translation>
        </message>
        <message>
            <source>Text of a code to scan</source>
            <translation>Texte d'un code à scanner</translation>
        </message>
        <message>
            <source>Scan the typed text</source>
            <translation>Scanner le texte saisi</translation>
        </message>
        <message>
            <source>Simulator messages</source>
            <translation>Messages du simulateur</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Station message</source>
            <translation>Message du poste</translation>
        </message>
        <message>
            <source>Signed-in user</source>
            <translation>Utilisateur connecté</translation>
        </message>
        <message>
            <source>Sync state</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <source>Scale state</source>
            <translation>État de la balance</translation>
        </message>
        <message>
            <source>Printer state</source>
            <translation>État de l'imprimante</translation>
        </message>
        <message>
            <source>Scanner state</source>
            <translation>État du lecteur</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>hors ligne</translation>
        </message>
        <message>
            <source>No central server is connected: working offline.</source>
            <translation>Aucun serveur central n'est connecté : travail hors ligne.</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>disponible</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>en activité</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>connexion</translation>
        </message>
        <message>
            <source>fault</source>
            <translation>en panne</translation>
        </message>
        <message>
            <source>not configured</source>
            <translation>sans configuration</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Imprimante</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Scale reference check</source>
            <translation>Contrôle de référence de la balance</translation>
        </message>
        <message>
            <source>Opening the station…</source>
            <translation>Ouverture du poste…</translation>
        </message>
        <message>
            <source>{device}: {state}</source>
            <translation>{device} : {state}</translation>
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation>Connecté : {name}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Sync: {state}</source>
            <translation>Synchronisation : {state}</translation>
        </message>
        <message>
            <source>Scale check due</source>
            <translation>Contrôle de la balance à faire</translation>
        </message>
    </context>
    <context>
        <name>StationWindow</name>
        <message>
            <source>Dosing station — {name}</source>
            <translation>Poste de dispensation — {name}</translation>
        </message>
        <message>
            <source> (DEMO: fictional data)</source>
            <translation> (DÉMO : données fictives)</translation>
        </message>
        <message>
            <source>Dosing station</source>
            <translation>Poste de dispensation</translation>
        </message>
        <message>
            <source>Sign in to start.</source>
            <translation>Connectez-vous pour commencer.</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>&amp;Lock screen</source>
            <translation>&amp;Verrouiller l'écran</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Verrouillé.</translation>
        </message>
        <message>
            <source>&amp;Switch user</source>
            <translation>&amp;Changer d'utilisateur</translation>
        </message>
        <message>
            <source>S&amp;ettings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Clinic lead: patient &amp;flags…</source>
            <translation>Responsable : &amp;blocages de dose des patients…</translation>
        </message>
        <message>
            <source>&amp;Void a dose entered in error…</source>
            <translation>&amp;Annuler une dose saisie par erreur…</translation>
        </message>
        <message>
            <source>Clinic &amp;rules…</source>
            <translation>&amp;Règles de la clinique…</translation>
        </message>
        <message>
            <source>&amp;Prescriber's workspace…</source>
            <translation>Espace du &amp;médecin prescripteur…</translation>
        </message>
        <message>
            <source>Register a &amp;new patient…</source>
            <translation>Inscrire un &amp;nouveau patient…</translation>
        </message>
        <message>
            <source>&amp;Incidents…</source>
            <translation>&amp;Incidents…</translation>
        </message>
        <message>
            <source>Issue &amp;card…</source>
            <translation>Émettre une car&amp;te…</translation>
        </message>
        <message>
            <source>&amp;Absent patients…</source>
            <translation>Patients ab&amp;sents…</translation>
        </message>
        <message>
            <source>Card {clinic_id}</source>
            <translation>Carte {clinic_id}</translation>
        </message>
        <message>
            <source>empty syringe</source>
            <translation>seringue vide</translation>
        </message>
        <message>
            <source>filled, {mg} mg</source>
            <translation>remplie, {mg} mg</translation>
        </message>
        <message>
            <source>Demo: simulated devices</source>
            <translation>Démo : appareils simulés</translation>
        </message>
        <message>
            <source>Show the &amp;device simulators</source>
            <translation>Afficher les simulateurs &amp;d'appareils</translation>
        </message>
        <message>
            <source>Switch user: the next person signs in.</source>
            <translation>Changer d'utilisateur : la personne suivante se connecte.</translation>
        </message>
        <message>
            <source>Locked after {minutes} min without use.</source>
            <translation>Verrouillé après {minutes} min d'inactivité.</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>hors ligne</translation>
        </message>
        <message>
            <source>The demo's central server did not start: {error}</source>
            <translation>Le serveur central de la démo n'a pas démarré : {error}</translation>
        </message>
        <message>
            <source>Sign in first, then scan the card.</source>
            <translation>Connectez-vous d'abord, puis scannez la carte.</translation>
        </message>
        <message>
            <source>The new language is used when this visit ends.</source>
            <translation>La nouvelle langue est utilisée à la fin de cette visite.</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock over time</source>
            <translation>Stock au fil du temps</translation>
        </message>
        <message>
            <source>{title}: {count} entries from {start} to {end}; lowest {low} mg, highest {high} mg, now {last} mg.</source>
            <translation>{title} : {count} écritures du {start} au {end} ; minimum {low} mg, maximum {high} mg, actuel {last} mg.</translation>
        </message>
        <message>
            <source>{title}: no entries.</source>
            <translation>{title} : aucune écriture.</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Pas encore d'écritures.</translation>
        </message>
    </context>
    <context>
        <name>SyncLink</name>
        <message>
            <source>the technician's "Central server" tab, "Clinic CA file (PEM)"</source>
            <translation>l'onglet « Serveur central » du technicien, « Fichier CA de la clinique (PEM) »</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>hors ligne</translation>
        </message>
        <message>
            <source>Not enrolled with a central server: this station works alone.</source>
            <translation>Non inscrit auprès d'un serveur central : ce poste fonctionne seul.</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <source>offline since {time}</source>
            <translation>hors ligne depuis {time}</translation>
        </message>
        <message>
            <source>, {n} queued</source>
            <translation>, {n} en attente</translation>
        </message>
        <message>
            <source>, last sync {time}</source>
            <translation>, dernière synchronisation {time}</translation>
        </message>
    </context>
    <context>
        <name>TechnicianWorkspace</name>
        <message>
            <source>Technician</source>
            <translation>Technicien</translation>
        </message>
        <message>
            <source>Technician — {name}</source>
            <translation>Technicien — {name}</translation>
        </message>
        <message>
            <source>Technician tasks</source>
            <translation>Tâches du technicien</translation>
        </message>
        <message>
            <source>&amp;1 Devices</source>
            <translation>&amp;1 Appareils</translation>
        </message>
        <message>
            <source>&amp;2 Station settings</source>
            <translation>&amp;2 Paramètres du poste</translation>
        </message>
        <message>
            <source>&amp;3 Central server</source>
            <translation>&amp;3 Serveur central</translation>
        </message>
        <message>
            <source>&amp;4 Diagnostics</source>
            <translation>&amp;4 Diagnostic</translation>
        </message>
    </context>
    <context>
        <name>VisitView</name>
        <message>
            <source>Identify</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>Évaluer</translation>
        </message>
        <message>
            <source>Prepare</source>
            <translation>Préparer</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Étiqueter</translation>
        </message>
        <message>
            <source>Administer</source>
            <translation>Administrer</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Observer</translation>
        </message>
        <message>
            <source>Visit steps</source>
            <translation>Étapes de la visite</translation>
        </message>
        <message>
            <source>Visit message</source>
            <translation>Message de la visite</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Étape en cours</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <source>{mg} recorded. Observation in {booth} until {end}: see the observation board.</source>
            <translation>{mg} enregistrés. Observation en {booth} jusqu'à {end} : voir le tableau d'observation.</translation>
        </message>
        <message>
            <source>A card was scanned during a visit: finish or end this visit first.</source>
            <translation>Une carte a été scannée pendant une visite : achevez ou terminez d'abord cette visite.</translation>
        </message>
    </context>
    <context>
        <name>VitalsNoteDialog</name>
        <message>
            <source>Note and vital signs: %1</source>
            <translation>Note et signes vitaux : %1</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Pulse (/min)</source>
            <translation>&amp;Pouls (/min)</translation>
        </message>
        <message>
            <source>&amp;Breathing (/min)</source>
            <translation>&amp;Respiration (/min)</translation>
        </message>
        <message>
            <source>&amp;Oxygen saturation (%)</source>
            <translation>Saturation en &amp;oxygène (%)</translation>
        </message>
        <message>
            <source>Blood pr&amp;essure (mmHg)</source>
            <translation>&amp;Tension artérielle (mmHg)</translation>
        </message>
        <message>
            <source>&amp;Sedation score</source>
            <translation>Score de &amp;sédation</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>non mesuré</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Pulse per minute</source>
            <translation>Pouls par minute</translation>
        </message>
        <message>
            <source>Breaths per minute</source>
            <translation>Respirations par minute</translation>
        </message>
        <message>
            <source>Oxygen saturation in percent</source>
            <translation>Saturation en oxygène en pour cent</translation>
        </message>
        <message>
            <source>Blood pressure</source>
            <translation>Tension artérielle</translation>
        </message>
        <message>
            <source>e.g. 120/80</source>
            <translation>p. ex. 120/80</translation>
        </message>
        <message>
            <source>Sedation score</source>
            <translation>Score de sédation</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>non évalué</translation>
        </message>
        <message>
            <source>0 – awake and alert</source>
            <translation>0 – éveillé et alerte</translation>
        </message>
        <message>
            <source>1 – drowsy, easy to rouse</source>
            <translation>1 – somnolent, facile à réveiller</translation>
        </message>
        <message>
            <source>2 – very drowsy, rousable by voice</source>
            <translation>2 – très somnolent, réveillable à la voix</translation>
        </message>
        <message>
            <source>3 – hard to rouse: act now</source>
            <translation>3 – difficile à réveiller : agir maintenant</translation>
        </message>
        <message>
            <source>Enter the blood pressure as two numbers, e.g. 120/80.</source>
            <translation>Saisissez la tension artérielle sous forme de deux nombres, p. ex. 120/80.</translation>
        </message>
        <message>
            <source>Write a note or enter a vital sign.</source>
            <translation>Écrivez une note ou saisissez un signe vital.</translation>
        </message>
    </context>
    <context>
        <name>WitnessDialog</name>
        <message>
            <source>Second person</source>
            <translation>Deuxième personne</translation>
        </message>
        <message>
            <source>Witness: second person's sign-in</source>
            <translation>Témoin : connexion de la deuxième personne</translation>
        </message>
        <message>
            <source>What is witnessed</source>
            <translation>Ce qui est attesté</translation>
        </message>
        <message>
            <source>Only these roles can confirm: {roles}.</source>
            <translation>Seuls ces rôles peuvent confirmer : {roles}.</translation>
        </message>
        <message>
            <source>Any other staff member can confirm.</source>
            <translation>Toute autre personne du personnel peut confirmer.</translation>
        </message>
        <message>
            <source>Who may confirm</source>
            <translation>Qui peut confirmer</translation>
        </message>
        <message>
            <source>Witness user name</source>
            <translation>Nom d'utilisateur du témoin</translation>
        </message>
        <message>
            <source>Witness password</source>
            <translation>Mot de passe du témoin</translation>
        </message>
        <message>
            <source>Witness message</source>
            <translation>Message du témoin</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmer</translation>
        </message>
        <message>
            <source>Confirm as witness</source>
            <translation>Confirmer en tant que témoin</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel witness</source>
            <translation>Annuler le témoignage</translation>
        </message>
        <message>
            <source>Witness &amp;user name</source>
            <translation>Nom d'&amp;utilisateur du témoin</translation>
        </message>
        <message>
            <source>Witness &amp;password</source>
            <translation>Mot de &amp;passe du témoin</translation>
        </message>
        <message>
            <source>The witness enters their user name and password.</source>
            <translation>Le témoin saisit son nom d'utilisateur et son mot de passe.</translation>
        </message>
        <message>
            <source>{name} cannot confirm this: {who}</source>
            <translation>{name} ne peut pas confirmer ceci : {who}</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Queue</source>
            <translation>File d'attente</translation>
        </message>
        <message>
            <source>The visit goes on where it was.</source>
            <translation>La visite reprend là où elle en était.</translation>
        </message>
    </context>
</TS>
