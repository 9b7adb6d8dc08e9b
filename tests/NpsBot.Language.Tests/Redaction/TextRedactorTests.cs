using NpsBot.Language.Redaction;

namespace NpsBot.Language.Tests.Redaction;

public sealed class TextRedactorTests
{
    private readonly TextRedactor _redactor = new();

    [Theory]
    [InlineData("my card 4111 1111 1111 1111 was charged twice", "my card [card] was charged twice")]
    [InlineData("card 5555-5555-5555-4444", "card [card]")]
    [InlineData("write to first.last+nps@example.com please", "write to [email] please")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00 for the refund", "IBAN [iban] for the refund")]
    [InlineData("mi IBAN es ES9121000418450200051332", "mi IBAN es [iban]")]
    [InlineData("call me on +44 20 7946 0958", "call me on [phone]")]
    [InlineData("bel me op 06 12345678", "bel me op [phone]")]
    [InlineData("Hi, my name is Zebulon Quartermaine and I am angry", "Hi, my name is [name] and I am angry")]
    [InlineData("je m'appelle Élodie Marchand, merci", "je m'appelle [name], merci")]
    [InlineData("me llamo José y estoy harto", "me llamo [name] y estoy harto")]
    [InlineData("Ich heiße Jürgen Weber", "Ich heiße [name]")]
    [InlineData("the courier, Mr. Okonkwo, was rude", "the courier, Mr. [name], was rude")]
    public void Personal_data_is_replaced_by_placeholders(string text, string expected)
    {
        var redacted = _redactor.Redact(text);

        Assert.Equal(expected, redacted);
    }

    [Theory]
    [InlineData("order #4521 came 2 weeks late, so 3")]
    [InlineData("4111 1111 1111 1112 is not a valid card")]
    [InlineData("I paid 1299.99 in 2024")]
    [InlineData("my name is on the order and nobody called")]
    [InlineData("Amazon was faster; Mr nobody answered")]
    public void Numbers_that_are_not_personal_data_stay(string text)
    {
        var redacted = _redactor.Redact(text);

        Assert.Equal(text, redacted);
    }
}
