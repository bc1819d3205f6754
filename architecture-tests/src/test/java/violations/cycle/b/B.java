package violations.cycle.b;

public class B {

    public violations.cycle.a.A a;
}
