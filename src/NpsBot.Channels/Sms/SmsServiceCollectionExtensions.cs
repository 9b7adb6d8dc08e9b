using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.Proactive;
using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.Sms;

/// <summary>Registers the SMS channel: options ("Twilio" section, checked at start), the webhook's signature check, the send job and the proactive channel.</summary>
public static class SmsServiceCollectionExtensions
{
    /// <summary>How long one Messages API call may take; a timeout is retried by the work queue with backoff.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddTwilioSms(this IServiceCollection services)
    {
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TwilioSignature>();
        services.AddSingleton<Budget.SmsReplyFitter>();
        services.AddSingleton<ISmsConsent, SmsConsentStore>();
        services.AddTransient<TwilioApiBaseUrlHandler>();

        // No retry handler: the work queue retries durably (see ConnectorServiceCollectionExtensions).
        services.AddHttpClient(TwilioMessages.HttpClientName, http => http.Timeout = RequestTimeout)
            .AddHttpMessageHandler<TwilioApiBaseUrlHandler>();
        services.AddSingleton<TwilioMessages>();
        services.AddTransient<IWorkHandler, SmsSendHandler>();
        services.AddSingleton<IProactiveChannel, SmsProactiveChannel>();
        services.AddSingleton<NpsBot.Conversations.Outbound.IConversationOutbound, SmsOutbound>();
        services.AddSingleton<IPersonalDataEraser, SmsJobsEraser>();
        services.AddSingleton<SmsDeliveryStore>();
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.SectionName);
        services.AddSingleton<IConversationLocales, ConversationLocales>();
        return services;
    }
}
