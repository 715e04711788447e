"""The ``fusedrnn`` initializer: fills a FusedRNNCell's packed vector gate by gate."""
import json

from .. import initializer as init


@init.register
class FusedRNN(init.Initializer):
    """Initialise a packed RNN parameter vector per unpacked weight/bias (LSTM forget biases = forget_bias).

    Parameters
    ----------
    init : Initializer or str or None
        Used for every unpacked array; None falls back to the global initializer.
    num_hidden, num_layers, mode, bidirectional, forget_bias
        The FusedRNNCell's configuration.
    """

    def __init__(self, init, num_hidden, num_layers, mode, bidirectional=False, forget_bias=1.0):
        if isinstance(init, str):
            # MXNet looks the JSON spec's name up in its table of registries (keyed by base class), where no
            # name is found: a FusedRNN given (or re-created from dumps() with) an init spec fails so
            klass, _ = json.loads(init)
            raise KeyError(klass.lower())
        super().__init__(init=init.dumps() if init is not None else None, num_hidden=num_hidden,
                         num_layers=num_layers, mode=mode, bidirectional=bidirectional,
                         forget_bias=forget_bias)
        self._init = init
        self._num_hidden, self._num_layers, self._mode = num_hidden, num_layers, mode
        self._bidirectional, self._forget_bias = bidirectional, forget_bias

    def _init_weight(self, desc, arr):
        from .rnn_cell import FusedRNNCell
        cell = FusedRNNCell(self._num_hidden, self._num_layers, self._mode, self._bidirectional,
                            forget_bias=self._forget_bias, prefix="")
        args = cell.unpack_weights({"parameters": arr})
        for name in args:
            arg_desc = init.InitDesc(name, global_init=getattr(desc, "global_init", None))
            if self._mode == "lstm" and name.endswith("_f_bias"):
                args[name][:] = self._forget_bias
            elif self._init is None:
                arg_desc.global_init(arg_desc, args[name])
            else:
                self._init(arg_desc, args[name])
        arr[:] = cell.pack_weights(args)["parameters"]


if not hasattr(init, "FusedRNN"):
    init.FusedRNN = FusedRNN     # MXNet exposes it as mx.init.FusedRNN; it lives here beside the cell it unpacks
FusedRNN.__module__ = init.__name__     # and names it by that module
