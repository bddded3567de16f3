using Zongzhi.Domain.Accountability;
using Zongzhi.Features.Accountability;

namespace Zongzhi.Tests.Features.Accountability;

/// <summary>Facts put in by hand, until the matters feature gathers real ones.</summary>
public sealed class ListFactSource : IAccountabilityFactSource
{
    public List<AccountabilityFact> Facts { get; } = [];

    public Task<IReadOnlyList<AccountabilityFact>> GatherAsync(DateOnly today, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AccountabilityFact>>([.. Facts]);
}
