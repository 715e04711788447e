# Composition (__call__ and _compose), copies, pickling, children and internals.
import mxnet as mx, copy, pickle
d = mx.sym.var('data')
net = mx.sym.FullyConnected(d, num_hidden=3, name='fc')
net = mx.sym.Activation(net, act_type='relu', name='act')
x = mx.sym.var('x')
y = mx.sym.exp(x, name='e')
c = net(data=y, name='composed')
print(c.name, c.list_arguments(), c.get_internals().list_outputs())
try:
    net(y)
except Exception as e:
    print(type(e).__name__)
c2 = net(data=y)
print(c2.name, c2.list_arguments())
net._compose(data=mx.sym.var('z'))
print(net.list_arguments(), net.name)
try:
    net(mx.sym.var('a'), mx.sym.var('b'), mx.sym.var('c'), mx.sym.var('d'))
except Exception as e:
    print(type(e).__name__)
try:
    net(nothere=mx.sym.var('a'))
    print('ok')
except Exception as e:
    print(type(e).__name__)
cp = copy.copy(net); dc = copy.deepcopy(net)
print(cp.tojson() == net.tojson(), dc.tojson() == net.tojson(), cp is net)
pk = pickle.loads(pickle.dumps(net))
print(pk.tojson() == net.tojson())
g = mx.sym.Group([net, y])
print(g.get_children(), net.get_children().list_outputs(), y.get_children().list_outputs())
print(g.get_internals().list_outputs())
print(net.get_internals()['fc_weight'].list_outputs(), net.get_internals()[0])
print(len(net.get_internals()), [s.name for s in net.get_internals()][:3])
try:
    hash(x)
except Exception as e:
    print(type(e).__name__)
print(net.list_inputs())
print(mx.sym.Group([x, x]).list_outputs(), mx.sym.Group([x, x]).list_arguments())
print((x + x).list_arguments(), (x + x).get_children().list_outputs())
