using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Zongzhi.Features.Shared;

public static class PagesServiceCollectionExtensions
{
    /// <summary>What every page shares: Chinese written as text (not &amp;#x…; entities) and Chinese model binding messages.</summary>
    public static IServiceCollection AddZongzhiPages(this IServiceCollection services)
    {
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<IConfigureOptions<MvcOptions>, ChineseModelBindingMessages>();
        return services;
    }
}
