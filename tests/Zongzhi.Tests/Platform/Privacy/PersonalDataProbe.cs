using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Data;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Tests.Platform.Privacy;

/// <summary>
/// A test-only entity with the two kinds of personal data, added to the model of one test app. When the matters
/// persistence maps Party with HasPersonalData, the at-rest tests can store parties instead (PersonalDataAtRestTests.StoreAsync).
/// </summary>
public sealed class PersonalDataProbe
{
    public long Id { get; set; }

    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public static void AddTo(IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteZongzhiDb>((_, o) => o.ReplaceService<IModelCustomizer, Customizer>());
        services.ConfigureDbContext<PostgresZongzhiDb>((_, o) => o.ReplaceService<IModelCustomizer, Customizer>());
    }

    private sealed class Customizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            var probe = modelBuilder.Entity<PersonalDataProbe>();
            probe.HasPersonalData(p => p.IdNumber, PersonalDataKind.IdNumber);
            probe.HasPersonalData(p => p.Phone, PersonalDataKind.Phone);
            base.Customize(modelBuilder, context);
        }
    }
}
