namespace Rehab.Core.Patients;

/// <summary>
/// The sex recorded for claims, as payers take it (X12 837 subscriber and patient demographics: F, M or U).
/// Gender identity and pronouns are recorded separately, in the patient's own words.
/// </summary>
public enum Sex
{
    Female,
    Male,
    Unknown,
}
