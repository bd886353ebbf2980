using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Data.Users;

public static class IdentityServices
{
    /// <summary>User store, password and lockout rules shared by the web app and the CLI.</summary>
    public static IdentityBuilder AddRehabIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<RehabUser>(DataServices.ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<RehabDbContext>()
            .AddUserStore<RehabUserStore>()
            .AddPasswordValidator<MaximumLengthPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>();
}
