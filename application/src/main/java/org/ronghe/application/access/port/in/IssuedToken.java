package org.ronghe.application.access.port.in;

/** A newly issued token with its secret: shown this once, never again. */
public record IssuedToken(TokenView token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=…]";
    }
}
