namespace Zongzhi.Features.Demo;

/// <summary>What the demo seeding created, by name: departments, villages and users (login name → user id).</summary>
public sealed record DemoTown(
    IReadOnlyDictionary<string, long> Departments,
    IReadOnlyDictionary<string, long> Villages,
    IReadOnlyDictionary<string, string> Users);
