namespace Zongzhi.Features.Printing;

public static class PrintingServiceCollectionExtensions
{
    /// <summary>The printable documents under <c>/Print/…</c> (Razor Pages in this folder).</summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services) => services.AddScoped<PrintSupport>();
}
