namespace Rehab.Core.Patients;

/// <summary>How the patient is related to the policy's subscriber (the insured person).</summary>
public enum SubscriberRelationship
{
    Self,
    Spouse,
    Child,
    Other,
}
