using static Rehab.Core.Billing.AmountText;

namespace Rehab.Core.Billing.Threshold;

/// <summary>
/// Estimates a patient's Medicare therapy spending in a calendar year against the KX threshold and the
/// targeted medical-review amount, bucket by bucket, from the clinic's fee-schedule setting.
/// </summary>
public static class ThresholdEstimator
{
    /// <summary>The share of the KX threshold at which the chart starts warning: 80%.</summary>
    public const decimal ApproachingShare = 0.80m;

    /// <summary>
    /// Prices each service at the fee schedule's allowed amount for the year and the locality and facility type of the
    /// clinic that provided it (the setting's when the service does not say), adds the prior providers' amounts, and
    /// compares each bucket with the year's thresholds.
    /// </summary>
    /// <param name="year">The calendar year estimated.</param>
    /// <param name="setting">The Medicare fee-schedule locality and facility type of the patient's clinic.</param>
    /// <param name="feeSchedule">The imported allowed amounts.</param>
    /// <param name="services">The patient's Medicare therapy services of the year; other payers' services must not be passed.</param>
    /// <param name="priorProviders">Other providers' amounts for the same year, or null when there are none.</param>
    /// <exception cref="ArgumentException">A service or the prior amounts belong to another year.</exception>
    public static ThresholdEstimateResult Estimate(
        int year,
        MedicareFeeScheduleSetting setting,
        FeeSchedule feeSchedule,
        IEnumerable<BilledService> services,
        PriorProviderAmount? priorProviders = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(feeSchedule);
        ArgumentNullException.ThrowIfNull(services);
        var prior = priorProviders ?? PriorProviderAmount.None(year);
        if (prior.Year != year)
            throw new ArgumentException($"The prior providers' amounts are for {prior.Year}, not {year}.", nameof(priorProviders));

        var list = services.ToList();
        var outside = list.FirstOrDefault(s => s.DateOfService.Year != year);
        if (outside is not null)
            throw new ArgumentException(
                $"The service {outside.Code} on {outside.DateOfService:yyyy-MM-dd} is not in {year}; pass only that year's services.", nameof(services));

        var thresholds = MedicareTherapyThreshold.For(year);
        if (thresholds is null)
            return new NoThresholdForYear(year, NoThresholdExplanation(year));

        var billed = new Dictionary<TherapyBucket, decimal> { [TherapyBucket.PhysicalAndSpeech] = 0m, [TherapyBucket.Occupational] = 0m };
        var notPriced = new List<NotPricedService>();
        foreach (var service in list)
        {
            var amount = feeSchedule.AllowedFor(service, setting);
            var at = service.PricedAt ?? setting;
            if (amount is null)
                notPriced.Add(new NotPricedService(service,
                    $"{service.Code} on {service.DateOfService:yyyy-MM-dd} has no {year} allowed amount in the fee schedule for {at.Locality}, {at.FacilityType.Name()}."));
            else
                billed[service.Bucket] += amount.Value;
        }

        var buckets = new[] { TherapyBucket.PhysicalAndSpeech, TherapyBucket.Occupational }
            .Select(b => EstimateBucket(b, thresholds, prior.For(b), billed[b], notPriced.Count(n => n.Service.Bucket == b)))
            .ToList();
        return new ThresholdEstimate(year, setting, thresholds, buckets, notPriced, Caveat(year, setting, list));
    }

    private static BucketEstimate EstimateBucket(
        TherapyBucket bucket, MedicareTherapyThreshold thresholds, decimal prior, decimal billed, int notPricedCount)
    {
        var used = prior + billed;
        var kx = thresholds.KxThreshold;
        var review = thresholds.TargetedReview;
        var remaining = Math.Max(0m, kx - used);
        var toReview = Math.Max(0m, review - used);
        var percent = Math.Floor(used * 1000m / kx) / 10m;
        // Both thresholds are per beneficiary per calendar year, across all providers: SSA §1833(g)(7)(A) and (B).
        var alert = used >= review ? ThresholdAlert.TargetedReview
            : used >= kx ? ThresholdAlert.KxRequired
            : used >= kx * ApproachingShare ? ThresholdAlert.Approaching
            : ThresholdAlert.None;

        var name = bucket.ShortName();
        var text = $"{name}: an estimated {Money(used)} of the {thresholds.Year} KX threshold of {Money(kx)} is used ({Percent(percent)})"
            + (prior > 0 ? $", {Money(prior)} of it by prior providers. " : ". ")
            + alert switch
            {
                ThresholdAlert.None => $"{Money(remaining)} remains before {name} services need the KX modifier.",
                ThresholdAlert.Approaching =>
                    $"Approaching the threshold: {Money(remaining)} remains. {name} services past it need the KX modifier and documented medical necessity.",
                ThresholdAlert.KxRequired =>
                    $"The KX threshold is reached: every further Medicare {name} line this year needs the KX modifier, which attests that the record documents medical necessity. {Money(toReview)} remains before the {Money(review)} targeted medical-review amount.",
                _ =>
                    $"The {Money(review)} targeted medical-review amount is reached: keep adding the KX modifier. Medicare may select these claims for medical review, so the record must show why therapy continues.",
            }
            + (notPricedCount switch
            {
                0 => "",
                1 => " 1 service has no amount in the fee schedule and is not counted, so the amount used is low.",
                _ => $" {notPricedCount} services have no amount in the fee schedule and are not counted, so the amount used is low.",
            });

        return new BucketEstimate(bucket, prior, billed, used, kx, remaining, percent, review, toReview, notPricedCount, alert, text);
    }

    private static string Caveat(int year, MedicareFeeScheduleSetting setting, IEnumerable<BilledService> services)
    {
        var elsewhere = services.Select(s => s.PricedAt).OfType<MedicareFeeScheduleSetting>().Where(at => at != setting).Distinct().ToList();
        var where = elsewhere.Count == 0
            ? $"{setting.Locality}, {setting.FacilityType.Name()}"
            : $"{setting.Locality}, {setting.FacilityType.Name()} (services of other clinics at theirs: {string.Join("; ", elsewhere.Select(e => $"{e.Locality}, {e.FacilityType.Name()}"))})";
        return $"An estimate, not Medicare's count: services are priced at the {year} fee-schedule amounts for {where}, " +
            "units with CQ or CO at 85% of them (SSA §1834(v)). It leaves out the multiple-procedure payment " +
            "reduction, notes not yet finalized, codes the fee schedule has no amount for, and other providers' " +
            "services beyond the amounts entered. Medicare's own total across every provider decides when the KX " +
            "modifier is needed.";
    }

    private static string NoThresholdExplanation(int year)
    {
        var first = MedicareTherapyThreshold.Table.Min(t => t.Year);
        var last = MedicareTherapyThreshold.Table.Max(t => t.Year);
        return $"No estimate for {year}: the Medicare therapy threshold table covers {first} to {last}. " +
            $"The {year} amounts have to be added from CMS's therapy services page first.";
    }
}
