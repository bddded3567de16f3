using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// The model holds the encrypting converters, which hold the app's protector; two apps in one process (tests, or
/// two hosts) must not share a model built with the other's keys.
/// </summary>
public sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), designTime, (object?)PersonalDataColumns.FindProtector(context) ?? "none");
}
