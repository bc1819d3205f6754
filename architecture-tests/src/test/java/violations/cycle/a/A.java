package violations.cycle.a;

public class A {

    public violations.cycle.b.B b;
}
