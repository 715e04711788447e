# autograd.get_symbol: the recorded graph as a Symbol (names numbered as MXNet numbers them)
import mxnet as mx
from mxnet import nd, autograd, gluon
c = nd.ones(2)
with autograd.record():
    k = c * 2
    k2 = nd.sin(c)
x = nd.array([1., 2.]); x.attach_grad()
with autograd.record():
    y = nd.sin(x) * k
s = autograd.get_symbol(y)
print(s.list_arguments(), s.list_outputs())
z = nd.ones(2); z.attach_grad()
with autograd.record():
    q = z + y
print(autograd.get_symbol(q).list_arguments(), autograd.get_symbol(q).list_outputs())
with autograd.record():
    q = nd.cos(z)
print(autograd.get_symbol(q).list_arguments(), autograd.get_symbol(q).list_outputs())
x = nd.array([1., 2.]); x.attach_grad()
w = nd.array([3., 4.]); w.attach_grad()
with autograd.record():
    y = nd.sin(x) * w + 1
    z = nd.FullyConnected(y.reshape((1, 2)), nd.ones((3, 2)), num_hidden=3, no_bias=True)
s = autograd.get_symbol(y)
print(type(s).__name__, s.list_arguments(), s.list_outputs())
print(s.tojson())
s2 = autograd.get_symbol(z)
print(s2.list_arguments(), s2.list_outputs())
x = nd.array([[1., 2.], [3., 4.]]); x.attach_grad()
w = nd.array([[3., 4.], [5., 6.]]); w.attach_grad()
with autograd.record():
    a, b = nd.split(x, num_outputs=2, axis=0)
    c = nd.concat(a * 2, 1 - b, w / 3, dim=0)
    d = nd.relu(nd.dot(c, w)).sum(axis=1)
    e = nd.FullyConnected(x, w, nd.ones(2), num_hidden=2)
    f = nd.softmax(e, axis=0) ** 2
    g = nd.Dropout(x, p=0.5)
for t in (c, d, e, f, g):
    s = autograd.get_symbol(t)
    print(s.list_arguments(), s.list_outputs())
    print([(n['op'], n['name'], n.get('attrs', {}), n['inputs']) for n in __import__('json').loads(s.tojson())['nodes']])
try:
    autograd.get_symbol(nd.ones(2))
except Exception as e:
    print(type(e).__name__)
net = gluon.nn.Dense(2, in_units=2, prefix='d_')
net.initialize()
with autograd.record():
    h = net(nd.ones((1, 2)))
s = autograd.get_symbol(h)
print(s.list_arguments(), s.list_outputs())
print(s.tojson())
