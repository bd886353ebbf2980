using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Core.Organization;
using Rehab.Core.Patients;
using Rehab.Data;
using Rehab.Data.Patients;
using Rehab.Data.Tenancy;
using Rehab.Web.Organization;
using Rehab.Web.Pages.Shared;
using Rehab.Web.Patients;

namespace Rehab.Web.Pages.Patients;

/// <summary>The patient form as posted: text as typed, read into a <see cref="PatientInput"/>.</summary>
public sealed class PatientForm
{
    public Guid? ClinicId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? PreferredName { get; set; }
    public string? DateOfBirth { get; set; }
    public string? Sex { get; set; }
    public string? GenderIdentity { get; set; }
    public string? Pronouns { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? MedicalRecordNumber { get; set; }
    public bool IsActive { get; set; } = true;

    public PatientInput ToInput(FormErrors errors) => new()
    {
        ClinicId = ClinicId, FirstName = FirstName, LastName = LastName, PreferredName = PreferredName,
        DateOfBirth = FormValues.Date(errors, "dateOfBirth", DateOfBirth, "Date of birth"),
        Sex = Enum.TryParse<Sex>(Sex, true, out var sex) ? sex : null,
        GenderIdentity = GenderIdentity, Pronouns = Pronouns, Phone = Phone, Email = Email, AddressLine1 = AddressLine1, AddressLine2 = AddressLine2,
        City = City, State = State, PostalCode = PostalCode, MedicalRecordNumber = MedicalRecordNumber, IsActive = IsActive,
    };

    public static PatientForm From(Patient p) => new()
    {
        ClinicId = p.ClinicId, FirstName = p.FirstName, LastName = p.LastName, PreferredName = p.PreferredName,
        DateOfBirth = p.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Sex = p.Sex.ToString(),
        GenderIdentity = p.GenderIdentity, Pronouns = p.Pronouns, Phone = p.Phone, Email = p.Email, AddressLine1 = p.AddressLine1,
        AddressLine2 = p.AddressLine2, City = p.City, State = p.State, PostalCode = p.PostalCode, MedicalRecordNumber = p.MedicalRecordNumber,
        IsActive = p.IsActive,
    };
}

/// <summary>What adding a patient and changing one share: the fields, their choices, and saving through the editor.</summary>
public abstract class PatientFormPage(RehabDbContext db, ITenantContext tenant, PatientEditor editor) : PageModel
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "clinicId", "firstName", "lastName", "preferredName", "dateOfBirth", "sex", "genderIdentity", "pronouns", "medicalRecordNumber",
        "phone", "email", "addressLine1", "addressLine2", "city", "state", "postalCode", "isActive",
    ];

    public static readonly IReadOnlyList<FieldOption> Sexes =
        [new("", "Choose"), .. Enum.GetNames<Sex>().Select(s => new FieldOption(s, s))];

    public static readonly IReadOnlyList<FieldOption> States =
        [new("", "Choose a state"), .. UsState.Codes.Order(StringComparer.Ordinal).Select(s => new FieldOption(s, s))];

    protected RehabDbContext Db { get; } = db;
    protected ITenantContext Tenant { get; } = tenant;

    [BindProperty] public PatientForm Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public FormErrors Errors { get; } = new();
    public IReadOnlyList<FieldOption> Clinics { get; private set; } = [];

    public abstract string SubmitText { get; }
    public abstract string CancelUrl { get; }

    protected async Task LoadClinicsAsync(CancellationToken ct)
    {
        var clinics = await ClinicChoices.VisibleAsync(Db, Tenant, ct);
        Clinics = [new("", "Choose a clinic"), .. clinics.Where(c => c.IsActive || c.Id == Input.ClinicId).Select(c => new FieldOption(c.Id.ToString(), c.Name))];
        Input.ClinicId ??= ClinicChoices.Current(clinics, Tenant)?.Id;
    }

    /// <summary>Saves the form; on success redirects to the chart, otherwise shows the form with its errors.</summary>
    protected async Task<IActionResult> SaveAsync(Guid? id, CancellationToken ct)
    {
        var input = Input.ToInput(Errors);
        if (!Errors.Any)
        {
            var result = await editor.SaveAsync(id, input, ct);
            if (result.IsNotFound)
                return NotFound();
            if (result.Saved is { } patient)
            {
                Notice = id is null ? $"Patient {patient.FirstName} {patient.LastName} added." : "Patient details saved.";
                return Redirect($"/Patients/{patient.Id}");
            }
            FormValues.AddAll(Errors, result.FieldErrors);
        }
        await LoadClinicsAsync(ct);
        return Page();
    }
}
