"""SequentialModule: modules chained so that each one's outputs are the next one's data."""
import copy
import logging

from ..base import class_text as _class_text
from ..initializer import Uniform
from .base_module import BaseModule


class SequentialModule(BaseModule):
    """A chain of modules; ``add(module, take_labels=True)`` marks those that get the labels."""

    META_TAKE_LABELS = "take_labels"
    META_AUTO_WIRING = "auto_wiring"

    def __init__(self, logger=logging):
        super().__init__(logger=logger)
        self._modules, self._metas = [], []
        self._label_shapes = self._data_shapes = None
        self._meta_keys = {self.META_TAKE_LABELS, self.META_AUTO_WIRING}

    def add(self, module, **kwargs):
        """Append ``module`` (options: take_labels, auto_wiring); returns self for chaining."""
        self._modules.append(module)
        for key in kwargs:
            assert key in self._meta_keys, f'Unknown meta "{key}", a typo?'
        self._metas.append(kwargs)
        self.binded = self.params_initialized = self.optimizer_initialized = False
        return self

    @property
    def data_names(self):
        return self._modules[0].data_names if self._modules else []

    @property
    def output_names(self):
        return self._modules[-1].output_names if self._modules else []

    @property
    def data_shapes(self):
        assert self.binded
        return self._modules[0].data_shapes

    @property
    def label_shapes(self):
        assert self.binded
        return self._label_shapes

    @property
    def output_shapes(self):
        assert self.binded
        return self._modules[-1].output_shapes

    def _takes_labels(self, meta):
        return bool(meta.get(self.META_TAKE_LABELS, False))

    def get_params(self):
        """All modules' parameters in two dicts."""
        assert self.binded and self.params_initialized
        arg_params, aux_params = {}, {}
        for module in self._modules:
            arg, aux = module.get_params()
            arg_params.update(arg)
            aux_params.update(aux)
        return arg_params, aux_params

    def init_params(self, initializer=Uniform(0.01), arg_params=None, aux_params=None,
                    allow_missing=False, force_init=False, allow_extra=False):
        """Initialise every module; two modules may not share a parameter name."""
        if self.params_initialized and not force_init:
            return
        assert self.binded, "call bind before initializing the parameters"
        for module in self._modules:
            module.init_params(initializer=initializer, arg_params=arg_params, aux_params=aux_params,
                               allow_missing=allow_missing, force_init=force_init, allow_extra=allow_extra)
        known_args, known_auxs = {}, {}
        for i, module in enumerate(self._modules):
            args, auxs = module.get_params()
            self._check_names(known_args, args.keys(), i)
            self._check_names(known_auxs, auxs.keys(), i)
        self.params_initialized = True

    def _check_names(self, known, names, i):
        for name in names:
            assert name not in known, (
                f'Duplicated parameter names: name "{name}" in layer {i} ({_class_text(self._modules[i])}) is already '
                f"used in layer {known[name]} ({_class_text(self._modules[known[name]])}).")
            known[name] = i

    def bind(self, data_shapes, label_shapes=None, for_training=True, inputs_need_grad=False,
             force_rebind=False, shared_module=None, grad_req="write"):
        """Bind each module on the previous one's output shapes (every later module needs input grads)."""
        if self.binded and not force_rebind:
            self.logger.warning("Already bound, ignoring bind()")
            return
        if inputs_need_grad:
            assert for_training is True
        assert shared_module is None, "Shared module is not supported"
        assert len(self._modules) > 0, "Attempting to bind an empty SequentialModule"
        self.binded = True
        self._label_shapes = label_shapes
        my_data_shapes, anybody_needs_label = data_shapes, False
        for i, module in enumerate(self._modules):
            meta = self._metas[i]  # an add() refused for its meta keeps the module: IndexError here
            my_label_shapes = label_shapes if self._takes_labels(meta) else None
            anybody_needs_label = anybody_needs_label or self._takes_labels(meta)
            if meta.get(self.META_AUTO_WIRING, False):
                names = module.data_names
                assert len(names) == len(my_data_shapes)
                my_data_shapes = [(new, shape) for new, (_, shape) in zip(names, my_data_shapes)]
            module.bind(data_shapes=my_data_shapes, label_shapes=my_label_shapes, for_training=for_training,
                        inputs_need_grad=bool(inputs_need_grad or (for_training and i > 0)),
                        force_rebind=force_rebind, shared_module=None, grad_req=grad_req)
            my_data_shapes = module.output_shapes
        if not anybody_needs_label:
            self._label_shapes = None

    def init_optimizer(self, kvstore="local", optimizer="sgd", optimizer_params=(("learning_rate", 0.01),),
                       force_init=False):
        """Give every module its optimizer."""
        assert self.binded and self.params_initialized
        if self.optimizer_initialized and not force_init:
            self.logger.warning("optimizer already initialized, ignoring.")
            return
        for module in self._modules:
            module.init_optimizer(kvstore=kvstore, optimizer=optimizer, optimizer_params=optimizer_params,
                                  force_init=force_init)
        self.optimizer_initialized = True

    def forward(self, data_batch, is_train=None):
        """Forward through the chain, each module's outputs becoming the next one's data."""
        assert self.binded and self.params_initialized
        data_batch = copy.copy(data_batch)
        for i, module in enumerate(self._modules):
            module.forward(data_batch, is_train=is_train)
            if i + 1 == len(self._modules):
                break
            data_batch.data = module.get_outputs()
            if hasattr(data_batch, "provide_data"):
                names = [x[0] for x in module.output_shapes]
                assert len(names) == len(data_batch.data)
                data_batch.provide_data = [(name, x.shape) for name, x in zip(names, data_batch.data)]

    def backward(self, out_grads=None):
        """Backward from the last module to the first, passing input gradients along."""
        assert self.binded and self.params_initialized
        for i in reversed(range(len(self._modules))):
            self._modules[i].backward(out_grads=out_grads)
            if i == 0:
                break
            out_grads = self._modules[i].get_input_grads()

    def update(self):
        assert self.binded and self.params_initialized and self.optimizer_initialized
        for module in self._modules:
            module.update()

    def get_outputs(self, merge_multi_context=True):
        assert self.binded and self.params_initialized
        return self._modules[-1].get_outputs(merge_multi_context=merge_multi_context)

    def get_input_grads(self, merge_multi_context=True):
        assert self.binded and self.params_initialized and self.inputs_need_grad
        return self._modules[0].get_input_grads(merge_multi_context=merge_multi_context)

    def update_metric(self, eval_metric, labels, pre_sliced=False):
        """Update the metric from the modules that take labels."""
        assert self.binded and self.params_initialized
        for meta, module in zip(self._metas, self._modules):
            if self._takes_labels(meta):
                module.update_metric(eval_metric, labels, pre_sliced)

    def install_monitor(self, mon):
        assert self.binded
        for module in self._modules:
            module.install_monitor(mon)
