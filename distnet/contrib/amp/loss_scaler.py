"""The dynamic loss scale of automatic mixed precision."""
import logging

from ... import autograd, ndarray


class LossScaler:
    """A loss scale that halves after a step whose gradients overflowed and doubles (up to 2**24) after
    2000 steps in a row that did not; ``loss_scale`` is the current one."""

    def __init__(self):
        self._loss_scale = 2.0 ** 16
        self._next_loss_scale = self._loss_scale
        self._max_loss_scale = 2.0 ** 24
        self._scale_seq_len = 2000
        self._unskipped = 0

    @property
    def loss_scale(self):
        return self._loss_scale

    def has_overflow(self, params):
        """Whether a gradient of ``params`` holds an inf or nan; moves the loss scale on."""
        with autograd.pause():
            grads = [p._grad[0] for p in params if p._grad is not None]
            if not grads:       # MXNet reads the first gradient's context
                raise IndexError("list index out of range")
            overflow = not all(bool(ndarray.multi_all_finite(*grads[i:i + 200], num_arrays=len(grads[i:i + 200]))
                                    .asscalar()) for i in range(0, len(grads), 200))
        self._loss_scale = self._next_loss_scale
        if overflow:
            self._next_loss_scale = self._loss_scale / 2.0
            self._unskipped = 0
            logging.info("AMP: decreasing loss scale to %f", self._next_loss_scale)
        else:
            self._unskipped += 1
        if self._unskipped == self._scale_seq_len:
            self._unskipped = 0
            self._next_loss_scale = min(self._max_loss_scale, self._loss_scale * 2.0)
            logging.info("AMP: increasing loss scale to %f", self._next_loss_scale)
        return overflow
