using Rehab.Data.Audit;

namespace Rehab.Web.Audit;

/// <summary>Seals audit entries as they are written, and once more with a checkpoint when the app stops.</summary>
public sealed class AuditSealing(AuditSealer sealer, AuditSealSignal written, ILogger<AuditSealing> log)
    : BackgroundService
{
    /// <summary>Entries written by another instance, or whose nudge was missed, wait no longer than this.</summary>
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);

    /// <summary>Rounds are at least this far apart, so a busy server seals in batches, not entry by entry.</summary>
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sealer.SealPendingAsync(ct: stoppingToken);
                await Task.Delay(Gap, stoppingToken);
                await written.WaitAsync(Round - Gap, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; entries stay stored and are sealed at a later round.
                log.LogWarning(e, "Sealing audit entries failed; retrying");
                await Task.Delay(Round, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await sealer.SealPendingAsync(checkpoint: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The final audit seal and checkpoint at shutdown failed");
        }
    }
}
