using Microsoft.AspNetCore.Mvc.Infrastructure;
using Zongzhi.Data;

namespace Zongzhi.Platform;

/// <summary>
/// Starts the two slowest parts of a server's start on other threads as soon as its services exist (issue 8, start-up
/// under 3 s): the database model (about a second of conventions over the whole schema, which the migration check at
/// start would otherwise build alone) and the Razor pages' route descriptors (which the first request would otherwise
/// build after the database work). Both are the same shared, lazily built objects the app uses, so nothing is built
/// twice: whoever comes first builds, the other waits for it.
/// </summary>
public static class StartupWarmUp
{
    public static void Begin(IServiceProvider services)
    {
        _ = Task.Run(() => Quietly(() =>
        {
            using var scope = services.CreateScope();
            _ = scope.ServiceProvider.GetRequiredService<ZongzhiDb>().Model;
        }));
        _ = Task.Run(() => Quietly(() => _ = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.Count));
    }

    // A failure here is met again, and reported, where the app itself uses the same thing.
#pragma warning disable CA1031
    private static void Quietly(Action work)
    {
        try
        {
            work();
        }
        catch (Exception)
        {
        }
    }
#pragma warning restore CA1031
}
