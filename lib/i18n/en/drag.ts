import type { English } from '../index';
import type { dragText } from '../drag';

/** The drag announcements in English, with exactly the Bokmål keys. */
export const dragEn = {
  'announce.pickedUp': 'Picked up {card}. Use the arrow keys to move and space to drop.',
  'announce.over': '{card} is over {level}.',
  'announce.cancelled': 'Moving {card} was cancelled.',
  'announce.dropped': '{card} dropped on {level}.',
  'announce.instructions': 'Press space or Enter to pick up a card. Move with the arrow keys, drop with space, cancel with Escape.',
} satisfies English<typeof dragText>;
