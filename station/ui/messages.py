"""People-facing sentences for service error codes, translated (the rules' reasons: reasons.py)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:  # the services' errors (and the store behind them) load at the first error
    from station.services.errors import ParamValue


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``source`` for translation under ``context`` (lupdate finds it); return it as is."""
    del context
    return source


UNTRANSLATED = "ui.sentence"
"""The code of a sentence the window made itself, already in the station's language."""


def service_sentences() -> dict[str, str]:
    """Each service error code's sentence in the current language, with ``{name}`` fields."""
    return {
        "absence.contact_kind_unknown": QCoreApplication.translate(
            "Messages", "Choose how the patient was contacted."
        ),
        "absence.days_invalid": QCoreApplication.translate(
            "Messages", "Choose between 1 and {most} days."
        ),
        "absence.note_too_long": QCoreApplication.translate(
            "Messages", "A contact note holds at most {most} characters."
        ),
        "absence.patient_unknown": QCoreApplication.translate(
            "Messages", "This patient is not on this station's roster."
        ),
        "access.pharmacists_only": QCoreApplication.translate(
            "Messages", "The pharmacy workspace is for pharmacists only."
        ),
        "access.role_required": QCoreApplication.translate(
            "Messages", "This needs the role {roles}; {username} lacks it."
        ),
        "access.technicians_only": QCoreApplication.translate(
            "Messages", "The technician's workspace is for technicians only."
        ),
        "accounts.cannot_disable_self": QCoreApplication.translate(
            "Messages", "An administrator cannot disable their own account."
        ),
        "cards.issuer_key_id_missing": QCoreApplication.translate(
            "Messages", "A card issuer's key needs its key id."
        ),
        "cards.issuer_key_is_server": QCoreApplication.translate(
            "Messages",
            "This key id is the central server's: its key comes with the enrolment and cannot"
            " be replaced here.",
        ),
        "cards.issued_card_refused": QCoreApplication.translate(
            "Messages",
            "The card the server sent is not a genuine card of this clinic for this patient: "
            "nothing was printed. Tell the technician.",
        ),
        "cards.patient_not_on_roster": QCoreApplication.translate(
            "Messages", "This patient is not on this station's roster."
        ),
        "cards.patient_unknown_to_server": QCoreApplication.translate(
            "Messages",
            "The central server does not know this patient yet: let the station sync (the "
            "patient's record goes up with it), then issue the card again.",
        ),
        "incidents.already_resolved": QCoreApplication.translate(
            "Messages", "This incident is resolved already."
        ),
        "incidents.not_listed": QCoreApplication.translate(
            "Messages",
            "This incident is not in the list fetched from the server: fetch it again.",
        ),
        "incidents.note_missing": QCoreApplication.translate(
            "Messages", "A resolution needs a note saying what was found and done."
        ),
        "incidents.signer_not_lead": QCoreApplication.translate(
            "Messages", "Only the clinic lead signed in may sign this resolution."
        ),
        "server.busy": QCoreApplication.translate(
            "Messages", "The central server is busy: try again in a minute."
        ),
        "server.not_enrolled": QCoreApplication.translate(
            "Messages",
            "This station is not enrolled with a server: a technician enrolls it first.",
        ),
        "server.refused": QCoreApplication.translate(
            "Messages", "The central server refused this: {detail}"
        ),
        "server.unreachable": QCoreApplication.translate(
            "Messages", "The central server cannot be reached ({detail})."
        ),
        "counter.administer_before_decision": QCoreApplication.translate(
            "Messages", "Check the rules before giving a dose."
        ),
        "counter.administer_before_weighing": QCoreApplication.translate(
            "Messages", "Weigh the syringe and accept its weight before it is given."
        ),
        "counter.administer_without_label": QCoreApplication.translate(
            "Messages",
            "The syringe has no printed label: print it, or a second person approves going "
            "without one, with a reason.",
        ),
        "counter.batch_expired": QCoreApplication.translate(
            "Messages",
            "Solution batch {batch} expired at {expired_at}: it may not be used. Prepare the "
            "dose from a usable batch.",
        ),
        "counter.batch_overdrawn": QCoreApplication.translate(
            "Messages",
            "Solution batch {batch} holds only {held} mg in the register, less than this "
            "syringe's {prepared} mg: it would be overdrawn. Prepare the dose from another "
            "batch and tell the pharmacist (a count is due).",
        ),
        "counter.batch_unknown": QCoreApplication.translate(
            "Messages", "There is no such solution batch in this station's register."
        ),
        "counter.batch_wrong_substance": QCoreApplication.translate(
            "Messages",
            "Solution batch {batch} holds {substance}, not the {drug} the decision is for.",
        ),
        "counter.card_patient_not_on_roster": QCoreApplication.translate(
            "Messages",
            "The card is genuine, but its patient is not on this station's roster yet: sync, "
            "or identify the patient without the card.",
        ),
        "counter.card_refused": QCoreApplication.translate(
            "Messages", "{detail}", "a scanned card was refused; detail: the card check's sentence"
        ),
        "counter.dose_above_allowed": QCoreApplication.translate(
            "Messages",
            "The dose ({dose} mg) is above what may be given now ({allowed} mg). Check the rules "
            "again for a smaller dose.",
        ),
        "counter.dose_blocked": QCoreApplication.translate(
            "Messages", "This dose is blocked: {reasons}"
        ),
        "counter.dose_recorded_already": QCoreApplication.translate(
            "Messages", "This visit's dose is recorded already."
        ),
        "counter.dose_zero": QCoreApplication.translate(
            "Messages", "A dose of 0 mg cannot be recorded as given."
        ),
        "counter.drug_unknown": QCoreApplication.translate(
            "Messages", "Choose the drug and form from the list."
        ),
        "counter.full_injection_amount": QCoreApplication.translate(
            "Messages",
            "A full injection gives what was prepared ({prepared} mg): record a partial "
            "injection for another amount.",
        ),
        "counter.given_amount_missing": QCoreApplication.translate(
            "Messages",
            "Enter how many mg went in: a partial or failed injection needs the amount given "
            "(0 mg when nothing went in).",
        ),
        "counter.given_more_than_prepared": QCoreApplication.translate(
            "Messages", "More than was prepared cannot be given: at most {prepared} mg went in."
        ),
        "counter.label_before_weighing": QCoreApplication.translate(
            "Messages", "Weigh and accept the syringe before its label is printed."
        ),
        "counter.handover_no_visit": QCoreApplication.translate(
            "Messages", "There is no such visit in progress at this station."
        ),
        "counter.lease_expired": QCoreApplication.translate(
            "Messages",
            "The server's hold on this patient's dose ran out before the dose was recorded: "
            "nothing was recorded; check the rules again.",
        ),
        "counter.manual_identification_reason_missing": QCoreApplication.translate(
            "Messages", "Say why the patient is identified without a card."
        ),
        "counter.outcome_missing": QCoreApplication.translate(
            "Messages", "Say how the injection went: full, partial or failed."
        ),
        "counter.override_needs_clinic_lead": QCoreApplication.translate(
            "Messages", "Only a clinic lead can approve this: {reason}"
        ),
        "counter.override_not_needed": QCoreApplication.translate(
            "Messages", "This decision needs no second person's approval."
        ),
        "counter.override_reason_missing": QCoreApplication.translate(
            "Messages", "A second person must approve this dose, with a reason."
        ),
        "counter.partial_amount_invalid": QCoreApplication.translate(
            "Messages",
            "A partial injection gives more than 0 mg and less than the {prepared} mg prepared: "
            "record it as failed or full.",
        ),
        "counter.patient_not_on_roster": QCoreApplication.translate(
            "Messages", "This patient is not on this station's roster."
        ),
        "counter.prepared_above_allowed": QCoreApplication.translate(
            "Messages",
            "The prepared dose ({prepared} mg) is above what may be given now ({allowed} mg, "
            "weighing tolerance included). Prepare again.",
        ),
        "counter.redo_reason_missing": QCoreApplication.translate(
            "Messages", "A redo needs its reason."
        ),
        "counter.review_findings_missing": QCoreApplication.translate(
            "Messages", "Write what the review found."
        ),
        "counter.scale_check_overdue": QCoreApplication.translate(
            "Messages",
            "The scale's reference-weight check is overdue, failed or missing, and the "
            "clinic accepts no weighing until it passes one: call the technician.",
        ),
        "counter.stop_flag_lift_reason_missing": QCoreApplication.translate(
            "Messages", "Say why the stop-dose flag is lifted."
        ),
        "counter.stop_flag_reason_missing": QCoreApplication.translate(
            "Messages", "A stop-dose flag needs its reason."
        ),
        "counter.stop_flag_unknown": QCoreApplication.translate(
            "Messages", "This patient has no such stop-dose flag set."
        ),
        "counter.time_correction_dose_unknown": QCoreApplication.translate(
            "Messages", "There is no such dose in this patient's recent record."
        ),
        "counter.time_correction_in_future": QCoreApplication.translate(
            "Messages", "A dose cannot be corrected to a time in the future."
        ),
        "counter.time_correction_reason_missing": QCoreApplication.translate(
            "Messages", "Say why the dose's time is corrected."
        ),
        "counter.time_correction_without_zone": QCoreApplication.translate(
            "Messages", "The corrected time needs its time zone."
        ),
        "counter.unlabelled_before_weighing": QCoreApplication.translate(
            "Messages", "Weigh and accept the syringe first."
        ),
        "counter.unlabelled_reason_missing": QCoreApplication.translate(
            "Messages", "Say why the syringe goes without a printed label."
        ),
        "counter.visit_changed": QCoreApplication.translate(
            "Messages", "This visit changed meanwhile (another screen?): check it again."
        ),
        "counter.visit_dose_recorded": QCoreApplication.translate(
            "Messages", "This visit's dose is recorded: start a new visit."
        ),
        "counter.visit_end_reason_missing": QCoreApplication.translate(
            "Messages", "Say why the visit ends without a dose."
        ),
        "counter.visit_end_why_missing": QCoreApplication.translate(
            "Messages", "The patient was assessed: say why the dose was not given."
        ),
        "counter.visit_end_why_unknown": QCoreApplication.translate(
            "Messages", "Choose why the dose was not given from the list."
        ),
        "counter.visit_ended": QCoreApplication.translate(
            "Messages", "This visit was ended: start a new visit."
        ),
        "counter.visit_held_by_another": QCoreApplication.translate(
            "Messages",
            "Another person carries this visit on: take it over first (recorded), then go on.",
        ),
        "counter.visit_unknown": QCoreApplication.translate(
            "Messages", "There is no such visit at this station: identify the patient."
        ),
        "counter.void_dose_unknown": QCoreApplication.translate(
            "Messages", "There is no such dose to void in this patient's recent record."
        ),
        "counter.void_needs_clinic_lead": QCoreApplication.translate(
            "Messages", "Only a clinic lead may void a dose another station recorded."
        ),
        "counter.void_reason_missing": QCoreApplication.translate(
            "Messages", "Say why the dose record is voided."
        ),
        "counter.warning_comment_missing": QCoreApplication.translate(
            "Messages", "Write a comment to acknowledge the warning before dosing."
        ),
        "counter.weighing_before_decision": QCoreApplication.translate(
            "Messages", "Check the rules for a dose before weighing it."
        ),
        "counter.weighing_outside_tolerance": QCoreApplication.translate(
            "Messages",
            "The weighed syringe is outside the clinic's tolerance now ({detail}): prepare it"
            " again.",
        ),
        "counter.weight_not_grams": QCoreApplication.translate(
            "Messages", "The weight is a mass in g from the scale."
        ),
        "domain.ledger_refused": QCoreApplication.translate(
            "Messages", "{detail}", "the register refused a movement; detail: the rules' sentence"
        ),
        "domain.quantity": QCoreApplication.translate(
            "Messages", "{detail}", "an amount cannot be used; detail: the rules' sentence"
        ),
        "domain.refused": QCoreApplication.translate(
            "Messages", "{detail}", "the rules refused a step; detail: their sentence"
        ),
        "domain.settings": QCoreApplication.translate(
            "Messages", "{detail}", "settings do not fit; detail: the rules' sentence"
        ),
        "enrollment.ca_file_problem": QCoreApplication.translate(
            "Messages",
            "{detail} The station was not enrolled.",
            "detail: why the CA file cannot be used",
        ),
        "enrollment.certificate_problem": QCoreApplication.translate(
            "Messages",
            "{detail} The station was not enrolled.",
            "detail: why the server's certificate was not accepted",
        ),
        "enrollment.code_not_accepted": QCoreApplication.translate(
            "Messages",
            "The enrollment code was not accepted (unknown, expired or already used): ask the"
            " server's administrator for a new one.",
        ),
        "enrollment.failed": QCoreApplication.translate("Messages", "Enrollment failed: {detail}"),
        "enrollment.refused": QCoreApplication.translate(
            "Messages", "The server refused the enrollment: {detail}"
        ),
        "enrollment.server_unreachable": QCoreApplication.translate(
            "Messages",
            "Cannot reach the server at {url}: check the address and the network. The station"
            " was not enrolled.",
        ),
        "intake.birth_date_future": QCoreApplication.translate(
            "Messages", "The birth date is in the future."
        ),
        "intake.birth_date_implausible": QCoreApplication.translate(
            "Messages", "The birth date gives an age over {age} years: check it."
        ),
        "intake.clinic_id_format": QCoreApplication.translate(
            "Messages",
            "A clinic number is capital letters and digits in groups joined by single hyphens,"
            " at most 20 characters (for example HAT-0042).",
        ),
        "intake.clinic_id_missing": QCoreApplication.translate(
            "Messages", "Enter the patient's clinic number."
        ),
        "intake.clinic_id_taken": QCoreApplication.translate(
            "Messages",
            "This clinic number is already on the roster: each patient has their own.",
        ),
        "intake.family_name_invalid": QCoreApplication.translate(
            "Messages",
            "The family name cannot be recorded as typed: letters, at most 100 characters.",
        ),
        "intake.family_name_missing": QCoreApplication.translate(
            "Messages", "Enter the patient's family name."
        ),
        "intake.given_name_invalid": QCoreApplication.translate(
            "Messages",
            "The given name cannot be recorded as typed: letters, at most 100 characters.",
        ),
        "intake.given_name_missing": QCoreApplication.translate(
            "Messages", "Enter the patient's given name."
        ),
        "intake.patient_not_on_roster": QCoreApplication.translate(
            "Messages", "This patient is not on this station's roster."
        ),
        "intake.photo_patient_mismatch": QCoreApplication.translate(
            "Messages",
            "The photo names another clinic number than this patient's: nothing was kept. Open"
            " the patient again and take the photo for them.",
        ),
        "intake.photo_too_large": QCoreApplication.translate(
            "Messages", "This picture is too large (at most 20 MB and 50 million pixels)."
        ),
        "intake.photo_too_small": QCoreApplication.translate(
            "Messages",
            "This picture is too small to recognise a face (at least {size} pixels a side).",
        ),
        "intake.photo_unreadable": QCoreApplication.translate(
            "Messages", "This file is not a JPEG or PNG picture the station can read."
        ),
        "intake.possible_duplicate": QCoreApplication.translate(
            "Messages",
            "{count} patient(s) on the roster have this family name and birth date. Check that"
            " this is not one of them; register only if this is a different person.",
        ),
        "intake.under_age": QCoreApplication.translate(
            "Messages", "The clinic treats adults only: the patient must be at least {age}."
        ),
        "input.breath_alcohol_not_number": QCoreApplication.translate(
            "Messages", "Breath alcohol is entered as a number in ‰ (or left out)."
        ),
        "input.breath_alcohol_out_of_range": QCoreApplication.translate(
            "Messages", "Breath alcohol is between 0 and {maximum} ‰."
        ),
        "input.dose_not_mg": QCoreApplication.translate(
            "Messages", "{what} must be an amount in mg."
        ),
        "input.dose_not_number": QCoreApplication.translate(
            "Messages", "{what} is not an amount in mg."
        ),
        "input.dose_too_large": QCoreApplication.translate(
            "Messages", "{what} is not a possible dose (at most {maximum} mg)."
        ),
        "input.dose_too_precise": QCoreApplication.translate(
            "Messages", "{what} is given to 0.01 mg at most."
        ),
        "input.sedation_invalid": QCoreApplication.translate(
            "Messages", "The sedation score is a whole number from 0 (alert) to 3 (severe)."
        ),
        "observation.adverse_event_in_future": QCoreApplication.translate(
            "Messages", "An adverse event cannot be recorded as happening in the future."
        ),
        "observation.adverse_event_kind_unknown": QCoreApplication.translate(
            "Messages", "Choose what happened: {kinds}."
        ),
        "observation.closed_already": QCoreApplication.translate(
            "Messages", "This observation is already closed."
        ),
        "observation.early_discharge_reason_missing": QCoreApplication.translate(
            "Messages", "The observation time is not up: say why the patient leaves early."
        ),
        "observation.naloxone_invalid": QCoreApplication.translate(
            "Messages", "Naloxone is entered in mg, at most {maximum} mg."
        ),
        "observation.note_missing": QCoreApplication.translate(
            "Messages", "Write a note or enter a vital sign."
        ),
        "observation.unknown": QCoreApplication.translate(
            "Messages", "There is no such observation on this station."
        ),
        "observation.vitals_invalid": QCoreApplication.translate(
            "Messages", "The vital signs were not recorded: {detail}."
        ),
        "pharmacy.amount_ambiguous": QCoreApplication.translate(
            "Messages", "Give either the mg or the weighed mass, not both."
        ),
        "pharmacy.amount_zero": QCoreApplication.translate(
            "Messages", "Nothing to record: the amount is 0 mg."
        ),
        "pharmacy.batch_not_made": QCoreApplication.translate(
            "Messages", "The batch was not made: {detail}."
        ),
        "pharmacy.batch_unknown": QCoreApplication.translate(
            "Messages", "There is no such solution batch."
        ),
        "pharmacy.container_unknown": QCoreApplication.translate(
            "Messages", "There is no such stock lot or solution batch."
        ),
        "pharmacy.correction_target_unknown": QCoreApplication.translate(
            "Messages", "The entry to correct is not in the register."
        ),
        "pharmacy.count_container_unknown": QCoreApplication.translate(
            "Messages", "A counted container is not on this count sheet."
        ),
        "pharmacy.count_incomplete": QCoreApplication.translate(
            "Messages", "{missing} container(s) on the sheet were not counted."
        ),
        "pharmacy.count_signed_by_counter": QCoreApplication.translate(
            "Messages", "The person who counted cannot sign off their own count."
        ),
        "pharmacy.count_unknown": QCoreApplication.translate("Messages", "There is no such count."),
        "pharmacy.count_without_discrepancy": QCoreApplication.translate(
            "Messages", "This count has no open discrepancy."
        ),
        "pharmacy.discrepancy_reason_missing": QCoreApplication.translate(
            "Messages", "Give the reason for the discrepancy."
        ),
        "pharmacy.movement_kind_invalid": QCoreApplication.translate(
            "Messages", "Only residue, waste, failed injections and destruction go here."
        ),
        "pharmacy.not_a_pack_code": QCoreApplication.translate(
            "Messages", "This is not a medicine pack code (GS1 DataMatrix or IFA)."
        ),
        "pharmacy.pack_code_unreadable": QCoreApplication.translate(
            "Messages", "The pack code cannot be read: {detail}"
        ),
        "pharmacy.pack_serial_received_before": QCoreApplication.translate(
            "Messages",
            "This pack's serial number was received before; it is refused (a copied or "
            "re-used code).",
        ),
        "pharmacy.pack_units_invalid": QCoreApplication.translate(
            "Messages", "A pack holds 1 to {units} ampoules."
        ),
        "pharmacy.pack_without_batch": QCoreApplication.translate(
            "Messages", "The pack code carries no batch number; it cannot be received."
        ),
        "pharmacy.pack_without_serial": QCoreApplication.translate(
            "Messages", "The pack code carries no serial number; it cannot be received."
        ),
        "pharmacy.printer_not_opened": QCoreApplication.translate(
            "Messages", "The printer could not be opened: check it and print again."
        ),
        "pharmacy.product_empty": QCoreApplication.translate(
            "Messages", "A product needs at least one ampoule of more than 0 mg."
        ),
        "pharmacy.product_unknown": QCoreApplication.translate(
            "Messages", "This pack's product is not in the catalogue; define it before receiving."
        ),
        "pharmacy.reconstitution_sources_invalid": QCoreApplication.translate(
            "Messages", "Reconstitute from known stock lots of one substance."
        ),
        "pharmacy.shelf_life_missing": QCoreApplication.translate(
            "Messages", "A solution batch needs a shelf life after reconstitution."
        ),
        "pharmacy.witness_missing": QCoreApplication.translate(
            "Messages", "A {what} needs a witness who signs with their own password."
        ),
        "preparation.label_not_printed": QCoreApplication.translate(
            "Messages", "The label was not printed: {detail}"
        ),
        "preparation.no_weight": QCoreApplication.translate(
            "Messages", "No weight accepted: {detail}"
        ),
        "preparation.redo_reason_missing": QCoreApplication.translate(
            "Messages", "A redo needs its reason."
        ),
        "preparation.weight_refused": QCoreApplication.translate(
            "Messages", "No weight accepted: {detail}"
        ),
        "prescribing.above_clinic_maximum": QCoreApplication.translate(
            "Messages",
            "The daily maximum is above the clinic's daily maximum of {cap} mg for {drug}.",
        ),
        "prescribing.already_prescribed": QCoreApplication.translate(
            "Messages",
            "This patient already has a prescription for {drug} in these days: change or stop "
            "it instead.",
        ),
        "prescribing.drug_changed": QCoreApplication.translate(
            "Messages",
            "A change or renewal keeps the order's drug: sign a new order for another drug.",
        ),
        "prescribing.ends_before_start": QCoreApplication.translate(
            "Messages",
            "An order cannot end before it starts.",
        ),
        "prescribing.ends_in_the_past": QCoreApplication.translate(
            "Messages",
            "An order cannot end in the past.",
        ),
        "prescribing.interval_negative": QCoreApplication.translate(
            "Messages",
            "The time between doses cannot be negative.",
        ),
        "prescribing.maximum_not_positive": QCoreApplication.translate(
            "Messages",
            "An order's maxima are amounts above 0 mg.",
        ),
        "prescribing.maximum_precision": QCoreApplication.translate(
            "Messages",
            "An order's maxima are given to 0.01 mg.",
        ),
        "prescribing.new_order_names_order": QCoreApplication.translate(
            "Messages",
            "A new order gets an id of its own: a change, renewal or stop names one.",
        ),
        "prescribing.note_too_long": QCoreApplication.translate(
            "Messages",
            "A note to the counter is at most {limit} characters.",
        ),
        "prescribing.order_not_active": QCoreApplication.translate(
            "Messages",
            "This order has ended: renew it or sign a new order.",
        ),
        "prescribing.order_stopped": QCoreApplication.translate(
            "Messages",
            "This order was stopped: sign a new order.",
        ),
        "prescribing.stop_imported": QCoreApplication.translate(
            "Messages",
            "A prescription brought over from before is ended by a change that gives its last day.",
        ),
        "prescribing.order_unknown": QCoreApplication.translate(
            "Messages",
            "There is no such signed order for this patient.",
        ),
        "prescribing.patient_not_on_roster": QCoreApplication.translate(
            "Messages",
            "This patient is not on this station's roster.",
        ),
        "prescribing.plan_invalid": QCoreApplication.translate(
            "Messages",
            "The dose plan cannot be used: {detail}.",
        ),
        "prescribing.plan_outside_order": QCoreApplication.translate(
            "Messages",
            "The dose plan must start within the order's days.",
        ),
        "prescribing.plan_rise_above_titration_rule": QCoreApplication.translate(
            "Messages",
            "The dose plan is refused: a step rises more than the clinic's titration rule allows "
            "({rise} % over the day before).",
        ),
        "prescribing.plan_start_above_order_maximum": QCoreApplication.translate(
            "Messages",
            "The dose plan is refused: its first day is above the order's daily maximum of "
            "{max_per_day} mg.",
        ),
        "prescribing.plan_target_above_order_maximum": QCoreApplication.translate(
            "Messages",
            "The dose plan is refused: its ceiling is above the order's daily maximum of "
            "{max_per_day} mg.",
        ),
        "prescribing.review_before_start": QCoreApplication.translate(
            "Messages",
            "The review day cannot be before the order starts.",
        ),
        "prescribing.session_above_daily": QCoreApplication.translate(
            "Messages",
            "The per-session maximum cannot be above the daily maximum.",
        ),
        "prescribing.sessions_out_of_range": QCoreApplication.translate(
            "Messages",
            "An order gives 1 to 6 sessions a day.",
        ),
        "prescribing.signer_not_prescriber": QCoreApplication.translate(
            "Messages",
            "Only a prescriber signs an order.",
        ),
        "prescribing.stop_day_out_of_range": QCoreApplication.translate(
            "Messages",
            "A stop ends the order from today, or on a later day within the order.",
        ),
        "queue.card_patient_not_on_roster": QCoreApplication.translate(
            "Messages",
            "The card is genuine, but its patient is not on this station's roster yet.",
        ),
        "queue.leave_reason_unknown": QCoreApplication.translate(
            "Messages", "Say why the patient leaves the queue."
        ),
        "queue.not_a_patient": QCoreApplication.translate(
            "Messages",
            "Neither a patient of this station's roster nor a valid card: {detail}",
            "a check-in was refused; detail: the card check's sentence",
        ),
        "queue.not_in_queue": QCoreApplication.translate(
            "Messages", "This patient is not in today's queue."
        ),
        "queue.patient_missing": QCoreApplication.translate(
            "Messages", "Scan the patient's card or enter their clinic number."
        ),
        "settings.above_maximum": QCoreApplication.translate(
            "Messages", "{setting}: at most {maximum}{unit}."
        ),
        "settings.below_minimum": QCoreApplication.translate(
            "Messages", "{setting}: at least {minimum}{unit}."
        ),
        "settings.choice_invalid": QCoreApplication.translate(
            "Messages", "{setting}: choose one of: {options}."
        ),
        "settings.rules_do_not_fit": QCoreApplication.translate(
            "Messages", "{settings}: this does not fit the clinic's other rule settings — {detail}."
        ),
        "settings.rules_need_clinic_lead": QCoreApplication.translate(
            "Messages", "Only a clinic lead may change the clinic's rule settings."
        ),
        "settings.stored_rules_do_not_fit": QCoreApplication.translate(
            "Messages",
            "The clinic's rule settings do not fit together ({detail}); a clinic lead must "
            "correct them.",
        ),
        "settings.stored_value_unusable": QCoreApplication.translate(
            "Messages",
            "The clinic's rule setting “{setting}” holds a value this station cannot use "
            "({detail}); a clinic lead must set it again.",
        ),
        "settings.text_invalid": QCoreApplication.translate("Messages", "{setting}: {detail}."),
        "settings.too_many_places": QCoreApplication.translate(
            "Messages", "{setting}: at most {places} decimal place(s)."
        ),
        "settings.unknown": QCoreApplication.translate(
            "Messages", "There is no setting called {key}."
        ),
        "settings.value_invalid": QCoreApplication.translate(
            "Messages", "{setting}: {value} is not a valid value; {hint}."
        ),
        "settings.whole_number": QCoreApplication.translate(
            "Messages", "{setting}: a whole number."
        ),
        "signatures.second_person_is_signer": QCoreApplication.translate(
            "Messages", "The second person must be someone else than the one signed in."
        ),
        "signatures.second_person_lacks_role": QCoreApplication.translate(
            "Messages", "{person} cannot sign this ({what}): it needs a {roles}."
        ),
        "signatures.second_person_missing": QCoreApplication.translate(
            "Messages", "A second person must sign: {what}."
        ),
        "signatures.second_person_refused": QCoreApplication.translate(
            "Messages", "{detail}", "a second person cannot sign; detail: the store's sentence"
        ),
        "store.account_disabled": QCoreApplication.translate(
            "Messages", "This account is disabled. Ask an administrator."
        ),
        "store.account_locked": QCoreApplication.translate(
            "Messages",
            "{detail}",
            "the account is locked after wrong passwords; detail: until when",
        ),
        "store.disk_full": QCoreApplication.translate(
            "Messages",
            "The station's disk is full: nothing was recorded. Free some space on the disk "
            "(ask the clinic's IT), then record it again.",
        ),
        "store.integrity": QCoreApplication.translate(
            "Messages",
            "{detail}",
            "the station's file was changed outside the program; detail: what",
        ),
        "store.not_found": QCoreApplication.translate(
            "Messages",
            "{detail}",
            "no station profile in the data folder; detail: the store's sentence",
        ),
        "store.refused": QCoreApplication.translate(
            "Messages",
            "{detail}",
            "the station's record refused a step; detail: the store's sentence",
        ),
        "store.schema_too_new": QCoreApplication.translate(
            "Messages",
            "{detail}",
            "the data folder is from a newer version; detail: the store's sentence",
        ),
        "store.wrong_password": QCoreApplication.translate(
            "Messages", "Wrong user name or password."
        ),
        "sync.already_enrolled": QCoreApplication.translate(
            "Messages",
            "This station is already enrolled with {url} (clinic {clinic}); nothing was changed.",
        ),
        "sync.ca_file_refused": QCoreApplication.translate(
            "Messages", "{detail} Nothing was changed.", "detail: why the CA file cannot be used"
        ),
        "sync.ca_file_unreadable": QCoreApplication.translate(
            "Messages", "The CA file {path} cannot be read ({detail})."
        ),
        "sync.ca_file_without_certificate": QCoreApplication.translate(
            "Messages",
            "The CA file {path} holds no certificate this station can use (a CA bundle is PEM"
            " text: -----BEGIN CERTIFICATE-----).",
        ),
        "sync.certificate_problem": QCoreApplication.translate(
            "Messages",
            "{detail} Nothing was changed.",
            "detail: why the server's certificate was not accepted",
        ),
        "sync.certificate_unchecked": QCoreApplication.translate(
            "Messages",
            "Cannot reach the server at {url} to check its certificate: try again when it can"
            " be reached. Nothing was changed.",
        ),
        "sync.not_enrolled": QCoreApplication.translate(
            "Messages",
            "This station is not enrolled with a server: enroll it first (the clinic CA file "
            "is given with the enrollment).",
        ),
        "sync.not_enrolled_ask_technician": QCoreApplication.translate(
            "Messages",
            "This station is not enrolled with a server: a technician runs 'dosing-station "
            "enroll --server URL' (it asks for the code) first.",
        ),
        "sync.server_not_https": QCoreApplication.translate(
            "Messages",
            "The server {url} is not https://: it has no certificate to check. Nothing was "
            "changed.",
        ),
        "technician.bundle_not_written": QCoreApplication.translate(
            "Messages", "The bundle could not be written: {detail}."
        ),
        "technician.calibration_values_invalid": QCoreApplication.translate(
            "Messages", "The certified mass and the tolerance must be more than 0 g."
        ),
        "technician.device_serial_missing": QCoreApplication.translate(
            "Messages", "Name the device by its serial number."
        ),
        "technician.profile_not_saved": QCoreApplication.translate(
            "Messages", "The device profile could not be saved: {detail}."
        ),
    }


def format_value(value: ParamValue) -> str:
    """A parameter as the station's language writes it (decimal point, no trailing zeros)."""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}".replace(".", QLocale().decimalPoint())
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    return str(value)


MESSAGE_PARTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("MessageParts", "The dose"),
    QT_TRANSLATE_NOOP("MessageParts", "The amount given"),
    QT_TRANSLATE_NOOP("MessageParts", "a patient's identity without a card"),
    QT_TRANSLATE_NOOP("MessageParts", "a syringe without a printed label"),
    QT_TRANSLATE_NOOP("MessageParts", "a dose override"),
    QT_TRANSLATE_NOOP("MessageParts", "voiding a dose record"),
    QT_TRANSLATE_NOOP("MessageParts", "a discharge before the time"),
    QT_TRANSLATE_NOOP("MessageParts", "reconstitution"),
    QT_TRANSLATE_NOOP("MessageParts", "destruction"),
    QT_TRANSLATE_NOOP("MessageParts", "movement"),
)
"""What the services name in a ``what`` value (the step a second person signs, the amount
typed): translated on their own, then put in the sentence."""


ROLE_NAMES: dict[str, str] = {
    "nurse": QT_TRANSLATE_NOOP("MessageParts", "nurse"),
    "pharmacist": QT_TRANSLATE_NOOP("MessageParts", "pharmacist"),
    "technician": QT_TRANSLATE_NOOP("MessageParts", "technician"),
    "clinic lead": QT_TRANSLATE_NOOP("MessageParts", "clinic lead"),
    "administrator": QT_TRANSLATE_NOOP("MessageParts", "administrator"),
    "prescriber": QT_TRANSLATE_NOOP("MessageParts", "prescriber"),
}
"""The roles as the services name them in a ``roles`` value ('nurse or clinic lead')."""

ROLES_JOINED = QT_TRANSLATE_NOOP("MessageParts", "{first} or {second}")

SETTING_CHOICES: dict[tuple[str, str], str] = {
    ("early_discharge", "second_person"): QT_TRANSLATE_NOOP(
        "SettingChoices", "A reason and a second person's signature"
    ),
    ("early_discharge", "reason_only"): QT_TRANSLATE_NOOP("SettingChoices", "A reason only"),
    ("missed_days_action", "block_for_review"): QT_TRANSLATE_NOOP(
        "SettingChoices", "No dose until a clinic lead has reviewed the patient"
    ),
    ("missed_days_action", "cap_at_percent_of_last_dose"): QT_TRANSLATE_NOOP(
        "SettingChoices", "Each dose capped at a share of the last dose before the break"
    ),
    ("missed_days_cap_until_review", "for_the_days"): QT_TRANSLATE_NOOP(
        "SettingChoices", "After the days set above"
    ),
    ("missed_days_cap_until_review", "until_review"): QT_TRANSLATE_NOOP(
        "SettingChoices", "Not before a clinic lead records a review"
    ),
    ("intoxication_action", "reduce"): QT_TRANSLATE_NOOP("SettingChoices", "Reduce the dose"),
    ("intoxication_action", "refuse"): QT_TRANSLATE_NOOP("SettingChoices", "No dose now"),
    ("repeat_session", "block"): QT_TRANSLATE_NOOP("SettingChoices", "Not allowed"),
    ("repeat_session", "needs_override"): QT_TRANSLATE_NOOP(
        "SettingChoices", "Allowed with a second person's approval"
    ),
    ("offline_policy", "other_stations_need_override"): QT_TRANSLATE_NOOP(
        "SettingChoices", "Dose with a second person's approval"
    ),
    ("offline_policy", "other_stations_blocked"): QT_TRANSLATE_NOOP(
        "SettingChoices", "No dose: only the home station doses"
    ),
    ("block_when_scale_check_overdue", "off"): QT_TRANSLATE_NOOP(
        "SettingChoices", "Warn the nurse; weighings are accepted"
    ),
    ("block_when_scale_check_overdue", "on"): QT_TRANSLATE_NOOP(
        "SettingChoices", "No weighing is accepted until the scale passes a check"
    ),
}
"""Each setting choice's words (the catalogue's English), translated when shown. The language
names are not here: each is written in its own language."""


def choice_words(key: str, value: str, words: str = "") -> str:
    """A setting choice as people read it, in the station's language; never its stored value."""
    source = SETTING_CHOICES.get((key, value))
    if source is not None:
        return QCoreApplication.translate("SettingChoices", source)
    if words and words != value:
        return words
    return value.replace("_", " ").capitalize()


def _roles(value: str) -> str:
    """'nurse or clinic lead' in the station's language (unknown words stay as they are)."""
    names = [
        QCoreApplication.translate("MessageParts", ROLE_NAMES.get(name, name))
        for name in value.split(" or ")
    ]
    joined = names[0]
    for name in names[1:]:
        joined = QCoreApplication.translate("MessageParts", ROLES_JOINED).format(
            first=joined, second=name
        )
    return joined


def _drug(value: str) -> str:
    """A drug the services name by its label ('diacetylmorphine IV'), in the station's words."""
    from station.domain.prescriptions import Drug
    from station.ui.reasons import DRUG_NAMES  # reasons.py imports this module

    for drug in Drug:
        if value in (drug.label, drug.value):
            return QCoreApplication.translate("Reasons", DRUG_NAMES[drug])
    return value


def _shown(name: str, value: ParamValue) -> str:
    if name == "what" and isinstance(value, str):
        return QCoreApplication.translate("MessageParts", value)
    if name == "roles" and isinstance(value, str):
        return _roles(value)
    if name == "drug" and isinstance(value, str):
        return _drug(value)
    return format_value(value)


def fill(template: str, params: Mapping[str, ParamValue]) -> str | None:
    """``template`` with its fields filled from ``params``; None when one is missing."""
    try:
        return template.format_map({name: _shown(name, value) for name, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return None


def describe(error: BaseException) -> str:
    """The sentence to show for an expected error, in the station's language.

    A service error (or a store or domain error that reached the window) is said by its
    code; an unknown code, or a sentence that lacks one of its values, falls back to the
    English sentence the error carries. Anything else shows its own text.
    """
    # Imported here: the login screen shows before the store's modules are loaded.
    from station.services.errors import DoseRefused, service_error_of

    refusal = service_error_of(error)
    if refusal is None:
        return str(error)
    if refusal.code == UNTRANSLATED:
        return str(refusal.params.get("sentence", refusal.message))
    template = service_sentences().get(refusal.code)
    if template is None:
        return refusal.message
    params = refusal.params
    if isinstance(refusal, DoseRefused) and refusal.rules_reasons:
        from station.ui.reasons import describe_reason  # reasons.py imports this module

        said = " ".join(describe_reason(r, refusal.zone) for r in refusal.rules_reasons)
        params = {**params, **{name: said for name in ("reason", "reasons") if name in params}}
    return fill(template, params) or refusal.message


def known_service_codes() -> frozenset[str]:
    """Every service error code the catalogue can say (tests compare with the services)."""
    return frozenset(service_sentences()) | {UNTRANSLATED}
