"""Checkpoints: Module.save_checkpoint / Module.load, mx.model.save_checkpoint / load_checkpoint / load_params, the
checkpoint callbacks, optimizer states carried across a load, and the files each writes."""
import logging
import os
import shutil
import sys
import tempfile
import warnings

import numpy as np
import mxnet as mx
from _words import words

S = mx.sym
DIR = tempfile.mkdtemp()


def hide_dir(record):
    """Log lines name the checkpoint files without the temporary folder."""
    record.args = tuple(str(a).replace(DIR, 'DIR') for a in record.args or ())
    return True


logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(hide_dir)
BATCH = mx.io.DataBatch([mx.nd.array(np.arange(20).reshape(4, 5) % 7 / 7.0)], [mx.nd.array(np.arange(4) % 3)])


def net(batchnorm=False):
    x = S.FullyConnected(S.var('data'), num_hidden=4, name='fc')
    x = S.BatchNorm(x, name='bn') if batchnorm else S.Activation(x, act_type='tanh')
    return S.SoftmaxOutput(x, name='softmax')


def rounded(params):
    return {k: v.asnumpy().astype('float64').round(4).tolist() for k, v in sorted(params.items())}


def files():
    names = sorted(os.listdir(DIR))
    for name in names:
        os.remove(os.path.join(DIR, name))
    return names


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', fn())
        except Exception as e:
            print(label, '->', words(e).replace(DIR, 'DIR')[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:200])


def trained(optimizer='adam'):
    mx.random.seed(4)
    m = mx.mod.Module(net())
    m.bind([('data', (4, 5))], [('softmax_label', (4,))])
    m.init_params(mx.init.Xavier())
    m.init_optimizer(optimizer=optimizer)
    m.forward(BATCH)
    m.backward()
    m.update()
    return m


p = os.path.join(DIR, 'net')
m = trained()
m.save_checkpoint(p, 3)
print('saved', sorted(os.listdir(DIR)), sorted(mx.nd.load(p + '-0003.params')))
loaded = mx.mod.Module.load(p, 3)
print('loaded', loaded.binded, loaded.params_initialized, loaded.data_names, loaded.label_names)
show('params before bind', lambda: rounded(loaded.get_params()[0]))
loaded.bind([('data', (4, 5))], [('softmax_label', (4,))])
print('params after bind', rounded(loaded.get_params()[0]) == rounded(m.get_params()[0]))
files()
bn = mx.mod.Module(net(batchnorm=True))
bn.bind([('data', (4, 5))], [('softmax_label', (4,))])
bn.init_params(mx.init.One(), aux_params={'bn_moving_mean': mx.nd.ones(4) * 3, 'bn_moving_var': mx.nd.ones(4) * 2},
               allow_missing=True)
bn.save_checkpoint(p, 2)
print('aux saved', sorted(mx.nd.load(p + '-0002.params')))
loaded = mx.mod.Module.load(p, 2)
loaded.bind([('data', (4, 5))], [('softmax_label', (4,))])
print('aux loaded', rounded(loaded.get_params()[1]))
show('a missing epoch', lambda: mx.mod.Module.load(p, 4))
show('a missing prefix', lambda: mx.mod.Module.load(os.path.join(DIR, 'nothing'), 1))
files()
m.save_checkpoint(p, 12345, save_optimizer_states=True)
print('with states', files())
m.save_checkpoint(p, 1, save_optimizer_states=True)
resumed = mx.mod.Module.load(p, 1, load_optimizer_states=True)
resumed.bind([('data', (4, 5))], [('softmax_label', (4,))])
resumed.init_optimizer(optimizer='adam')
for mod in (m, resumed):
    mod.forward(BATCH)
    mod.backward()
    mod.update()
print('resumed like the original', rounded(m.get_params()[0]) == rounded(resumed.get_params()[0]))
files()
plain = mx.mod.Module(net())
plain.bind([('data', (4, 5))], [('softmax_label', (4,))])
plain.init_params(mx.init.One())
show('states without an optimizer', lambda: plain.save_checkpoint(p, 1, save_optimizer_states=True))
files()
plain.save_checkpoint(p, 1)
nostates = mx.mod.Module.load(p, 1, load_optimizer_states=True)
nostates.bind([('data', (4, 5))], [('softmax_label', (4,))])
show('states file missing', lambda: nostates.init_optimizer())
files()
args, auxs = m.get_params()
mx.model.save_checkpoint(p, 7, m.symbol, args, auxs)
sym, a, x = mx.model.load_checkpoint(p, 7)
print('model checkpoint', sym.list_outputs(), rounded(a) == rounded(args), x, files())
mx.model.save_checkpoint(p, 7, None, args, auxs)
print('no symbol', files())
show('load_checkpoint missing', lambda: mx.model.load_checkpoint(os.path.join(DIR, 'zz'), 1))
mx.nd.save(p + '-0001.params', {'foo:w': mx.nd.ones(2), 'arg:v': mx.nd.zeros(1)})
show('other kinds of keys', lambda: mx.model.load_params(p, 1))
mx.nd.save(p + '-0001.params', {'w': mx.nd.ones(2)})
show('a key without a kind', lambda: mx.model.load_params(p, 1))
mx.nd.save(p + '-0001.params', {})
show('an empty file', lambda: mx.model.load_params(p, 1))
mx.nd.save(p + '-0001.params', {'foo:w': mx.nd.ones(2)})
show('Module.load_params with a foreign key', lambda: plain.load_params(p + '-0001.params'))
files()
for epoch in [-1, 0, 123456]:
    plain.save_checkpoint(p, epoch)
    print('epoch', epoch, files())
show('epoch as text', lambda: plain.save_checkpoint(p, 'x'))
files()
save = mx.callback.do_checkpoint(p, period=3)
for e in range(7):
    save(e, plain.symbol, *plain.get_params())
print('do_checkpoint every 3', files())
opt = trained('sgd')
save = mx.callback.module_checkpoint(opt, p, period=2, save_optimizer_states=True)
for e in range(4):
    save(e)
print('module_checkpoint every 2', files())
shutil.rmtree(DIR)
