package org.ronghe.adapter.http.console;

/** 登录: the sign-in form, with its CSRF nonce and, after a refused attempt, why it was refused. */
public record LoginPage(String csrf, String problem) {
}
