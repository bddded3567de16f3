using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// The extension point for features that store personal data. In an entity configuration:
/// <code>builder.HasPersonalData(p => p.IdNumber, PersonalDataKind.IdNumber);</code>
/// The column is then stored encrypted (the entity keeps the clear value in memory), a shadow column
/// <c>IdNumberSearchHash</c> is kept up to date on every save for exact-match search
/// (<see cref="SearchHashProperty"/>, <see cref="PersonalDataProtector.SearchHash"/>), and <c>zongzhi keys rotate</c>
/// re-encrypts it, found through the model annotation: nothing else to register.
/// </summary>
public static class PersonalDataColumns
{
    public const string KindAnnotation = "Zongzhi:PersonalData";
    public const string SearchHashSuffix = "SearchHash";
    public const int StoredMaxLength = 400;

    public static string SearchHashProperty(string property) => property + SearchHashSuffix;

    public static EntityTypeBuilder<T> HasPersonalData<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> property,
        PersonalDataKind kind, bool searchable = true)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var column = builder.Property(property);
        column.HasMaxLength(StoredMaxLength).HasAnnotation(KindAnnotation, kind.ToString());
        if (searchable)
        {
            var hash = SearchHashProperty(column.Metadata.Name);
            builder.Property<string?>(hash).HasMaxLength(64);
            builder.HasIndex(hash);
        }

        return builder;
    }

    /// <summary>Called by ZongzhiDb.OnModelCreating: puts the encrypting converter on every annotated property.</summary>
    public static void ApplyConverters(ModelBuilder builder, PersonalDataProtector? protector)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetDeclaredProperties())
            {
                if (property.FindAnnotation(KindAnnotation)?.Value is string kind)
                {
                    property.SetValueConverter(new EncryptedStringConverter(Enum.Parse<PersonalDataKind>(kind), protector));
                }
            }
        }
    }

    /// <summary>Called on every save: recomputes the search hash of each added or changed personal value.</summary>
    public static void FillSearchHashes(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        PersonalDataProtector? protector = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.Metadata.FindAnnotation(KindAnnotation)?.Value is not string kind
                    || entry.Metadata.FindProperty(SearchHashProperty(property.Metadata.Name)) is null)
                {
                    continue;
                }

                protector ??= FindProtector(db) ?? throw new InvalidOperationException("No PersonalDataProtector is registered.");
                var value = property.CurrentValue as string;
                entry.Property(SearchHashProperty(property.Metadata.Name)).CurrentValue =
                    string.IsNullOrEmpty(value) ? null : protector.SearchHash(Enum.Parse<PersonalDataKind>(kind), value);
            }
        }
    }

    /// <summary>The app's protector, or null at design time (migrations need the model, not the keys).</summary>
    public static PersonalDataProtector? FindProtector(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var options = db.GetService<IDbContextOptions>();
        return options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<PersonalDataProtector>();
    }
}
