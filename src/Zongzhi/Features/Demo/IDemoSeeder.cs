namespace Zongzhi.Features.Demo;

/// <summary>
/// A part of the demo data that needs the demo town first (e.g. matters in every state). Register implementations
/// with <c>services.AddScoped&lt;IDemoSeeder, …&gt;()</c>; <see cref="SeedDemoData"/> runs them in <see cref="Order"/>
/// once, on the first start in demo mode, after the users, departments and villages exist.
/// </summary>
public interface IDemoSeeder
{
    int Order => 0;

    Task SeedAsync(DemoTown town, CancellationToken cancellationToken);
}
