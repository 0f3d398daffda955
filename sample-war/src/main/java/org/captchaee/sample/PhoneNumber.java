package org.captchaee.sample;

/** The body of {@code POST /api/sms-code}. */
public class PhoneNumber {

    /** The phone number in international format, for example {@code +8613800138000}. */
    public String phone;
}
