using Microsoft.EntityFrameworkCore;
using Rehab.Core.Billing;
using Rehab.Core.Billing.Modifiers;
using Rehab.Core.Cases;
using Rehab.Core.Documentation;
using Rehab.Core.Outcomes;
using Rehab.Core.Patients;
using Rehab.Core.Settings;
using Rehab.Core.Users;
using Rehab.Data.Billing;
using Rehab.Data.Cases;
using Rehab.Data.Outcomes;
using Rehab.Data.Patients;
using Rehab.Data.Referrals;
using Rehab.Data.Settings;

namespace Rehab.Data.Documentation;

/// <summary>
/// The demo company's patients: cases under a commercial Rule-of-8s payer and under Medicare, finalized notes
/// with their billed units, drafts, and an assistant's note waiting for the therapist's co-signature.
/// </summary>
public static class DemoClinicalSeed
{
    public static async Task AddAsync(RehabDbContext db, Guid companyId, Guid phoenix, Guid denver, DateTimeOffset now, CancellationToken ct)
    {
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.CompanyId == companyId)
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var payers = await db.Payers.IgnoreQueryFilters().Where(p => p.CompanyId == companyId).ToDictionaryAsync(p => p.Name, ct);
        var today = (await db.Clinics.IgnoreQueryFilters().SingleAsync(c => c.Id == phoenix, ct)).DateAt(now);
        var therapist = users["therapist"];

        var physician = new ReferringPhysician { CompanyId = companyId, FirstName = "Helen", LastName = "Ortiz", Npi = "1987654328", Phone = "(602) 555-0110" };
        var surgeon = new ReferringPhysician { CompanyId = companyId, FirstName = "Marcus", LastName = "Webb", Npi = "1456789019", Fax = "(303) 555-0199" };
        var web = new MarketingSource { CompanyId = companyId, Name = "Web search" };
        db.ReferringPhysicians.AddRange(physician, surgeon);
        db.MarketingSources.AddRange(web, new MarketingSource { CompanyId = companyId, Name = "Employer wellness fair" });

        Patient NewPatient(Guid clinic, string first, string last, DateOnly born, Sex sex, string mrn) => new()
        {
            CompanyId = companyId, ClinicId = clinic, FirstName = first, LastName = last, DateOfBirth = born, Sex = sex,
            MedicalRecordNumber = mrn, Phone = "(602) 555-0" + mrn[^3..], CreatedAt = now.AddDays(-30),
        };
        Policy NewPolicy(Patient patient, string payer, string memberId, PolicyPriority priority = PolicyPriority.Primary) => new()
        {
            CompanyId = companyId, PatientId = patient.Id, PayerId = payers[payer].Id, MemberId = memberId, Priority = priority,
            EffectiveFrom = new DateOnly(today.Year, 1, 1),
        };
        Case NewCase(Patient patient, Guid clinic, string title, Policy primary, Policy? secondary, Referral? referral, params string[] diagnoses) => new()
        {
            CompanyId = companyId, ClinicId = clinic, PatientId = patient.Id, Title = title, PrimaryPolicyId = primary.Id,
            SecondaryPolicyId = secondary?.Id, PlaceOfService = "11", ReferralId = referral?.Id, AssignedTherapistId = therapist,
            TreatingDiagnoses = string.Join(',', diagnoses), CreatedAt = now.AddDays(-21),
        };
        Referral NewReferral(Patient patient, ReferringPhysician from, int daysAgo, params string[] diagnoses) => new()
        {
            CompanyId = companyId, PatientId = patient.Id, ReferringPhysicianId = from.Id, ReceivedDate = today.AddDays(-daysAgo),
            DiagnosisCodes = string.Join(',', diagnoses),
        };

        // A commercial Rule-of-8s primary with Medicare secondary: the company's Payer Rules decide the units.
        var lopez = NewPatient(phoenix, "Maria", "Lopez", new DateOnly(1958, 7, 14), Sex.Female, "DS-1001");
        var lopezAetna = NewPolicy(lopez, "Aetna PPO", "W123456789");
        var lopezMedicare = NewPolicy(lopez, "Medicare Part B", "1EG4TE5MK72", PolicyPriority.Secondary);
        var lopezReferral = NewReferral(lopez, physician, 24, "M17.11");
        var lopezCase = NewCase(lopez, phoenix, "Right knee osteoarthritis", lopezAetna, lopezMedicare, lopezReferral, "M17.11", "M25.561");

        var chen = NewPatient(phoenix, "Robert", "Chen", new DateOnly(1949, 2, 3), Sex.Male, "DS-1002");
        var chenMedicare = NewPolicy(chen, "Medicare Part B", "5TQ9RN2CA41");
        // another practice treated him earlier this year: close to the KX threshold, so his next visits need KX
        chenMedicare.MedicarePriorAmounts = $$"""[{"year":{{today.Year}},"physicalAndSpeech":2250.00,"occupational":0}]""";
        var chenCase = NewCase(chen, phoenix, "Low back pain with radiculopathy", chenMedicare, null, null, "M54.16");

        var park = NewPatient(denver, "Linda", "Park", new DateOnly(1987, 11, 22), Sex.Female, "DS-1003");
        var parkBlue = NewPolicy(park, "Blue Cross Blue Shield of Arizona", "XYZ845512300");
        var parkReferral = NewReferral(park, surgeon, 5, "S83.511A");
        var parkCase = NewCase(park, denver, "Left ACL reconstruction rehab", parkBlue, null, parkReferral, "S83.511D");
        parkCase.AuthorizedVisits = 20;
        parkCase.AuthorizationStart = today.AddDays(-5);
        parkCase.AuthorizationEnd = today.AddDays(85);
        parkCase.AuthorizationNumber = "BC-77120";

        db.Patients.AddRange(lopez, chen, park);
        db.Referrals.AddRange(lopezReferral, parkReferral);
        db.Policies.AddRange(lopezAetna, lopezMedicare, chenMedicare, parkBlue);
        db.Cases.AddRange(lopezCase, chenCase, parkCase);

        var company = (await db.CompanySettings.IgnoreQueryFilters().SingleAsync(s => s.CompanyId == companyId, ct)).ToSettings();
        var clinics = await db.ClinicSettings.IgnoreQueryFilters().Where(s => s.CompanyId == companyId).ToDictionaryAsync(s => s.ClinicId, s => s.ToSettings(), ct);
        Note NewNote(Case @case, NoteType type, Guid author, int daysAgo) => new()
        {
            CompanyId = companyId, ClinicId = @case.ClinicId, PatientId = @case.PatientId, CaseId = @case.Id, Type = type, AuthorId = author,
            DateOfService = today.AddDays(-daysAgo), CreatedAt = now.AddDays(-daysAgo), UpdatedAt = now.AddDays(-daysAgo),
        };
        void Finalize(Note note, Case @case, Policy primary, Policy? secondary, UserType author)
        {
            var rules = EffectiveRulesResolver.Resolve(company, clinics[@case.ClinicId], payers[Name(primary)].ToSettings(),
                secondary is null ? null : payers[Name(secondary)].ToSettings(), new ActingUser(author, true));
            var billed = NoteBilling.Compute(note.ToContent().Charges,
                new NoteBillingContext(rules, Name(primary), Discipline.PT, author) { Edits = NcciEditTable.Seed });
            foreach (var line in billed.Lines)
            {
                var row = note.Charges.Single(c => c.Position == line.Index);
                row.BilledUnits = line.Units;
                row.BilledModifiers = string.Join(',', line.Modifiers);
                row.BilledExplanation = line.Explanation;
            }
            note.BilledUnitRule = billed.Rule.Value.ToString();
            note.BilledUnitRuleReason = billed.Rule.Reason;
            note.Status = NoteStatus.Finalized;
            note.FinalizedById = note.AuthorId;
            note.FinalizedAt = note.UpdatedAt;
            note.FinalizationKind = FinalizationKind.Signed;
            db.ClaimLines.AddRange(ClaimLine.For(note, @case.ClinicId, billed, payers[Name(primary)],
                secondary is null ? null : payers[Name(secondary)], note.UpdatedAt));
        }
        string Name(Policy policy) => payers.Values.Single(p => p.Id == policy.PayerId).Name;

        var evaluation = new EvaluationDetails(
            ["Pain with stairs", "Knee flexion limited to 95°"],
            [new Goal("Climb a flight of stairs with a railing and pain under 3/10", GoalTerm.ShortTerm), new Goal("Return to walking 2 miles")],
            new PlanOfCare(2, 6));
        var lopezIe = NewNote(lopezCase, NoteType.InitialEvaluation, therapist, 14);
        lopezIe.Apply(new NoteContent
        {
            Soap = new("Right knee pain for 6 months, worse on stairs.", "Flexion 95°, extension -5°, quad strength 4-/5.",
                "Knee OA with impaired mobility and strength.", "Therapeutic exercise and manual therapy twice weekly for 6 weeks."),
            Evaluation = evaluation,
            Charges = [new("97162", 45, lopezIe.DateOfService), new("97110", 10, lopezIe.DateOfService)],
            TotalTreatmentMinutes = 55,
        });
        var lopezDaily = NewNote(lopezCase, NoteType.DailyNote, therapist, 7);
        lopezDaily.Apply(new NoteContent
        {
            Soap = new("Stairs easier since last visit.", "Flexion 105°.", "Progressing toward goals.", "Continue plan."),
            Charges = [new("97110", 10, lopezDaily.DateOfService), new("97140", 10, lopezDaily.DateOfService)],
            TotalTreatmentMinutes = 20,
        });
        var lopezDraft = NewNote(lopezCase, NoteType.DailyNote, therapist, 0);
        lopezDraft.Apply(new NoteContent
        {
            Soap = new("Mild soreness after the weekend.", null, null, null),
            Charges = [new("97110", 23, today), new("97140", 15, today), new("97530", 8, today)],
            TotalTreatmentMinutes = 46,
        });

        var chenIe = NewNote(chenCase, NoteType.InitialEvaluation, therapist, 10);
        chenIe.Apply(new NoteContent
        {
            Soap = new("Low back pain radiating to the left leg for 3 weeks.", "Positive straight-leg raise on the left.",
                "Lumbar radiculopathy limiting sitting and walking.", "Twice weekly for 8 weeks."),
            Evaluation = evaluation with { PlanOfCare = new PlanOfCare(2, 8) },
            Charges = [new("97163", 50, chenIe.DateOfService), new("97112", 15, chenIe.DateOfService)],
            TotalTreatmentMinutes = 65,
        });
        int?[] odiAnswers = [3, 2, 3, 2, 3, 2, 2, 1, 2, 2];
        var chenOdi = new OutcomeSurvey
        {
            CompanyId = companyId, PatientId = chen.Id, NoteId = chenIe.Id, InstrumentCode = OutcomeInstruments.Odi.Code,
            Score = OutcomeInstruments.Odi.Score(odiAnswers).Value!.Score, Complete = true, Recommend = 9, CreatedAt = chenIe.CreatedAt, UpdatedAt = chenIe.CreatedAt,
        };
        chenOdi.WriteAnswers(odiAnswers);
        var chenAssisted = NewNote(chenCase, NoteType.DailyNote, users["assistant"], 1);
        chenAssisted.Apply(new NoteContent
        {
            Soap = new("Sitting tolerance up to 30 minutes.", "Lumbar flexion improved.", "Tolerated progression well.", "Continue plan."),
            Charges = [new("97110", 25, chenAssisted.DateOfService), new("97112", 13, chenAssisted.DateOfService)],
            TotalTreatmentMinutes = 38,
        });
        chenAssisted.Status = NoteStatus.Forwarded;
        chenAssisted.ForwardedToId = therapist;
        chenAssisted.ForwardedAt = now.AddDays(-1);
        chenAssisted.SupervisionWording = clinics[phoenix].SupervisionWording;

        var parkIe = NewNote(parkCase, NoteType.InitialEvaluation, therapist, 0);
        parkIe.Apply(new NoteContent { Soap = new("Six weeks after left ACL reconstruction.", null, null, null) });

        Finalize(lopezIe, lopezCase, lopezAetna, lopezMedicare, UserType.PT);
        Finalize(lopezDaily, lopezCase, lopezAetna, lopezMedicare, UserType.PT);
        Finalize(chenIe, chenCase, chenMedicare, null, UserType.PT);
        db.Notes.AddRange(lopezIe, lopezDaily, lopezDraft, chenIe, chenAssisted, parkIe);
        db.OutcomeSurveys.Add(chenOdi);
        await db.SaveChangesAsync(ct);
    }
}
