using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Configurations;

/// <summary>
/// ASP.NET Core Identity's tables (issue 9) under the console's names. Identity's own model builder shapes the columns;
/// this only renames the tables and maps the two columns <see cref="ConsoleUser"/> adds.
/// </summary>
internal static class ConsoleIdentityConfiguration
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConsoleUser>(user =>
        {
            user.ToTable("console_users");
            user.Property(u => u.DisplayName).HasColumnName("display_name").HasMaxLength(StorageLimits.Name);
            user.Property(u => u.Disabled).HasColumnName("disabled");
            user.Property(u => u.CreatedAt).HasColumnName("created_at");
        });
        modelBuilder.Entity<IdentityRole>().ToTable("console_roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("console_user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("console_user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("console_user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("console_user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("console_role_claims");
    }
}
