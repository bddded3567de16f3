using Zongzhi.Domain.Accountability;

namespace Zongzhi.Features.Accountability;

/// <summary>
/// Gathers the facts one feature holds that may show a failure of duty (overdue sheets, re-handling orders,
/// unsatisfied callbacks, unanswered requests, unacknowledged emergencies). Each feature registers its own:
/// <c>services.AddScoped&lt;IAccountabilityFactSource, SheetAccountabilityFacts&gt;()</c>. Return every fact that
/// might qualify; <see cref="AccountabilityCandidates.Find"/> decides which are candidates today.
/// </summary>
public interface IAccountabilityFactSource
{
    Task<IReadOnlyList<AccountabilityFact>> GatherAsync(DateOnly today, CancellationToken cancellationToken);
}
