namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// What other providers already billed Medicare for the patient's therapy in a calendar year, per threshold,
/// as the clinic entered it. Tied to its year so that last year's amounts are never carried into the next.
/// </summary>
public sealed record PriorProviderAmount(int Year, decimal PhysicalAndSpeech, decimal Occupational)
{
    public decimal PhysicalAndSpeech { get; } = PhysicalAndSpeech >= 0
        ? PhysicalAndSpeech
        : throw new ArgumentOutOfRangeException(nameof(PhysicalAndSpeech), PhysicalAndSpeech, "A prior amount cannot be negative.");

    public decimal Occupational { get; } = Occupational >= 0
        ? Occupational
        : throw new ArgumentOutOfRangeException(nameof(Occupational), Occupational, "A prior amount cannot be negative.");

    public static PriorProviderAmount None(int year) => new(year, 0m, 0m);

    public decimal For(TherapyBucket bucket) => bucket == TherapyBucket.Occupational ? Occupational : PhysicalAndSpeech;
}
