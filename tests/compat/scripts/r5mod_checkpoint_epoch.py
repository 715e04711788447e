"""Checkpoint names format the epoch with %04d (a float is truncated, a string refused with TypeError); a
directory that does not exist fails with MXNetError, for the symbol as for the parameters."""
import logging
import os
import sys
import tempfile

import mxnet as mx

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(message)s', stream=sys.stdout)
os.chdir(tempfile.mkdtemp())
data = mx.sym.Variable('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), name='softmax')
mod = mx.mod.Module(net)
mod.bind(data_shapes=[('data', (2, 3))], label_shapes=[('softmax_label', (2,))])
mod.init_params(mx.init.One())
arg, aux = mod.get_params()
for epoch in [3.7, -2, 12345, '3', None]:
    for save in [lambda e: mod.save_checkpoint('mod', e), lambda e: mx.model.save_checkpoint('model', e, net, arg, aux)]:
        try:
            save(epoch)
        except Exception as e:
            print(epoch, type(e).__name__)
print(sorted(os.listdir('.')))
print(sorted(mx.model.load_params('model', 3)[0]))
for call in [lambda: mod.save_checkpoint('nodir/sub/x', 1), lambda: net.save('nodir/x.json'),
             lambda: mx.model.save_checkpoint('nodir/x', 1, None, arg, aux)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__)
