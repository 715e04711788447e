"""mx.sym functions taking their parameters by MXNet's names and positions."""
import mxnet as mx
x = mx.sym.var('x')
s = mx.sym.random.uniform_like(x, 2, 3)
print(s.tojson().count('"low": "2"'), s.tojson().count('"high": "3"'))
s = mx.sym.random.gamma_like(x, 2.5)
print(s.list_attr())
s = mx.sym.pow(base=x, exp=2)
print(s.tojson().count('_power_scalar'))
s = mx.sym.power(base=2, exp=x)
print(s.tojson().count('_rpower_scalar'))
