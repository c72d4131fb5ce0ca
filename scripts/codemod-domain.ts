// Moves consumers of the domain onto its feature entries: rewrites the import specifiers and names that issue 11
// retired (`@wharf/domain/rules`, `@wharf/domain/locale`, `@wharf/domain/messages/<feature>` and the six
// `*FieldMessage` functions) across packages/, e2e/, bench/ and examples/, then prints what it changed.
//
//   node scripts/codemod-domain.ts [--check] [root]
//
// `--check` changes nothing and fails when something is left to rewrite. Element sources take `fieldMessage` from
// the feature entry (so a page carries only that feature's messages); tests, stories, the server and the other
// packages take it from `@wharf/domain/messages`, which knows every code, as the old fallback chains did.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Where each name of `@wharf/domain/rules` lives now (by feature entry: `@wharf/domain/<feature>`). */
const RULES: Record<string, readonly string[]> = {
  auth: ['CHARACTER_CLASSES', 'CODE_POLICY', 'CODE_PURPOSES', 'CharacterClass', 'CodePurpose', 'Digest', 'LOGIN_POLICY', 'MailedCodePurpose', 'OPERATOR_ROLES', 'OperatorRole', 'PASSWORD_POLICY', 'PasswordCheck', 'PasswordProblem', 'SESSION_POLICY', 'SolveOptions', 'checkPassword', 'isCodeShaped', 'isOperatorRole', 'leadingZeroBits', 'meetsDifficulty', 'proofInput', 'remainingAttempts', 'solveProofOfWork'],
  common: ['CURRENCIES', 'CURRENCY_CODES', 'Currency', 'checkAmount', 'exceedsMinorUnits', 'formatAmount', 'isCurrency', 'isEmail', 'looksLikeAccountNumber', 'normalizeEmail'],
  enterprises: ['ACCOUNT_NUMBER_PATTERN', 'ASSIGNABLE_ROLES', 'AssignableRole', 'EMBED_SESSION_POLICY', 'ENTERPRISE_POLICY', 'LEDGER_KINDS', 'LedgerKind', 'MEMBER_ROLES', 'MemberRole', 'RESET_CODE_DESTINATIONS', 'ResetCodeDestination', 'SECURITY_PIN_POLICY', 'SecurityPinProblem', 'checkSecurityPin', 'formatAccountNumber', 'isAccountNumber', 'isActiveRole', 'maskEmail', 'normalizeAccountNumber', 'normalizeOrigin'],
  imports: ['IMPORT_KINDS', 'IMPORT_POLICY', 'IMPORT_STATUSES', 'ImportKind', 'ImportStatus', 'isOpenImport'],
  products: ['PRODUCT_POLICY', 'PRODUCT_REQUIRED_FIELDS', 'PRODUCT_STATUSES', 'PRODUCT_TYPES', 'ProductDraft', 'ProductDraftContext', 'ProductStatus', 'ProductType', 'canSubmitForFiling', 'checkComponentList', 'checkComponents', 'checkPricePrecision', 'checkPrices', 'checkProductDraft', 'isEditable', 'isGtin', 'isHsCode', 'isSku', 'lockedReason', 'netWithinGross', 'readPrice', 'readQuantity', 'readWeight', 'skuKey', 'toCents'],
  reference: ['BRAND_TYPE_CHOICES', 'DECLARATION_POLICY', 'DeclarationElement', 'DeclarationProblem', 'DeclarationProblemCode', 'ElementChoice', 'ElementListError', 'PREFERENTIAL_STATUS_CHOICES', 'checkDeclarationElements', 'declaredSpecification', 'describeElement', 'elementsFromNames', 'formatElementList', 'parseElementList'],
  tickets: ['ATTACHMENT_POLICY', 'ATTACHMENT_TYPES', 'AUTHOR_KINDS', 'AttachmentCheck', 'AttachmentProblem', 'AuthorKind', 'CUSTOMER_TICKET_FILTERS', 'OPEN_TICKET_STATUSES', 'OPERATOR_TICKET_FILTERS', 'OperatorTicketFilter', 'RECORD_RESULTS', 'RecordResult', 'TICKET_CATEGORIES', 'TICKET_POLICY', 'TICKET_RECORD_KINDS', 'TICKET_STATUSES', 'TicketCategory', 'TicketRecordKind', 'TicketStatus', 'WEBHOOK_DELIVERY_STATUSES', 'WEBHOOK_POLICY', 'canAccept', 'canAddRecord', 'canReopen', 'canReply', 'checkAttachment', 'extensionOf', 'formatTicketNumber', 'isOpenTicket', 'isPreviewable', 'isTicketNumber', 'isWebhookUrl', 'reopenDeadline', 'statusAfterRecord'],
};

const FIELD_MESSAGE_FROM: Record<string, string> = {
  accountFieldMessage: '@wharf/domain/auth',
  enterpriseFieldMessage: '@wharf/domain/enterprises',
  ticketFieldMessage: '@wharf/domain/tickets',
  productFieldMessage: '@wharf/domain/products',
  referenceFieldMessage: '@wharf/domain/reference',
  importFieldMessage: '@wharf/domain/imports',
};

/** Old message entries and the feature entry that replaced each (same names, but `*FieldMessage` → `fieldMessage`). */
const MESSAGE_ENTRIES: Record<string, string> = {
  '@wharf/domain/messages/account': '@wharf/domain/auth',
  '@wharf/domain/messages/enterprise': '@wharf/domain/enterprises',
  '@wharf/domain/messages/tickets': '@wharf/domain/tickets',
  '@wharf/domain/messages/products': '@wharf/domain/products',
  '@wharf/domain/messages/reference': '@wharf/domain/reference',
  '@wharf/domain/messages/imports': '@wharf/domain/imports',
};

const RULE_ENTRY = new Map(Object.entries(RULES).flatMap(([feature, names]) => names.map((name) => [name, `@wharf/domain/${feature}`] as const)));

/** Element sources are bundled into pages; everything else may know every message. */
function isPageCode(file: string): boolean {
  return file.includes('packages/elements/src/') && !/\.(test|stories)\.ts$/.test(file) && !file.includes('/testing/');
}

/** The new home of one imported name: its specifier and its name there. */
function target(file: string, specifier: string, name: string): { specifier: string; name: string } | undefined {
  if (specifier === '@wharf/domain/locale') return { specifier: '@wharf/domain/common', name };
  if (specifier === '@wharf/domain/rules') {
    const entry = RULE_ENTRY.get(name);
    if (!entry) throw new Error(`${file}: ${name} is not a name of @wharf/domain/rules`);
    return { specifier: entry, name };
  }
  const fieldMessageEntry = FIELD_MESSAGE_FROM[name];
  if (fieldMessageEntry && (specifier === '@wharf/domain/messages' || specifier in MESSAGE_ENTRIES)) {
    return { specifier: isPageCode(file) ? fieldMessageEntry : '@wharf/domain/messages', name: 'fieldMessage' };
  }
  const entry = MESSAGE_ENTRIES[specifier];
  if (entry) return { specifier: isPageCode(file) ? entry : '@wharf/domain/messages', name };
  return undefined;
}

interface Binding {
  /** `type` for a type-only import or specifier. */
  typeOnly: boolean;
  imported: string;
  local: string;
}

function render(bindings: readonly Binding[], specifier: string, allTypes: boolean): string {
  const unique = [...new Map(bindings.map((binding) => [`${binding.typeOnly}|${binding.imported}|${binding.local}`, binding])).values()];
  const text = unique
    .sort((a, b) => a.local.localeCompare(b.local))
    .map((binding) => `${binding.typeOnly && !allTypes ? 'type ' : ''}${binding.imported === binding.local ? binding.local : `${binding.imported} as ${binding.local}`}`)
    .join(', ');
  return `import ${allTypes ? 'type ' : ''}{ ${text} } from '${specifier}';`;
}

/** Rewrites one file's text; returns undefined when nothing changes. */
export function rewrite(file: string, text: string): string | undefined {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const renames = new Map<string, string>();
  const moved = new Map<string, Binding[]>();
  let insertAt: number | undefined;
  const kept = new Map<string, { node: ts.ImportDeclaration; bindings: Binding[] }>();

  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings) || !specifier.startsWith('@wharf/domain')) continue;
    const named = clause.namedBindings;
    const bindings = named.elements.map((element) => ({
      typeOnly: clause.isTypeOnly || element.isTypeOnly,
      imported: (element.propertyName ?? element.name).text,
      local: element.name.text,
    }));
    const staying: Binding[] = [];
    for (const binding of bindings) {
      const to = target(file, specifier, binding.imported);
      if (!to) {
        staying.push(binding);
        continue;
      }
      let local = binding.local;
      if (binding.local === binding.imported && to.name !== binding.imported) {
        renames.set(binding.local, to.name);
        local = to.name;
      }
      const list = moved.get(to.specifier) ?? [];
      list.push({ typeOnly: binding.typeOnly, imported: to.name, local });
      moved.set(to.specifier, list);
    }
    if (staying.length === bindings.length) {
      kept.set(`${specifier}|${clause.isTypeOnly}`, { node: statement, bindings });
      continue;
    }
    insertAt ??= statement.getStart(source);
    const end = statement.getEnd() + (text[statement.getEnd()] === '\n' ? 1 : 0);
    edits.push({ start: statement.getStart(source), end, text: staying.length ? `${render(staying, specifier, clause.isTypeOnly)}\n` : '' });
  }
  rewriteDynamicImports(file, source, edits);
  if (!moved.size && !edits.length) return undefined;

  // Names moved into an entry the file imports already join that import.
  const additions: string[] = [];
  for (const [specifier, bindings] of moved) {
    const allTypes = bindings.every((binding) => binding.typeOnly);
    const existing = kept.get(`${specifier}|${allTypes}`) ?? kept.get(`${specifier}|false`);
    if (existing) {
      const typeOnlyImport = existing.node.importClause?.isTypeOnly ?? false;
      edits.push({
        start: existing.node.getStart(source),
        end: existing.node.getEnd(),
        text: render([...existing.bindings, ...bindings.map((binding) => ({ ...binding, typeOnly: binding.typeOnly || typeOnlyImport }))], specifier, typeOnlyImport && allTypes),
      });
    } else {
      additions.push(render(bindings, specifier, allTypes));
    }
  }
  if (additions.length) edits.push({ start: insertAt ?? 0, end: insertAt ?? 0, text: `${additions.join('\n')}\n` });

  // Uses of a renamed function (`productFieldMessage(…)` → `fieldMessage(…)`).
  if (renames.size) {
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && renames.has(node.text)) {
        const parent = node.parent;
        const isMember = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
        const inImport = ts.isImportSpecifier(parent);
        if (!isMember && !inImport) edits.push({ start: node.getStart(source), end: node.getEnd(), text: renames.get(node.text)! });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result === text ? undefined : result;
}

/** `const { a, b } = await import('@wharf/domain/rules')`: the specifier and names, when all move to one entry. */
function rewriteDynamicImports(file: string, source: ts.SourceFile, edits: { start: number; end: number; text: string }[]) {
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      const declaration = node.parent.parent;
      if (argument && ts.isStringLiteral(argument) && argument.text.startsWith('@wharf/domain')) {
        const pattern = ts.isAwaitExpression(node.parent) && ts.isVariableDeclaration(declaration) && ts.isObjectBindingPattern(declaration.name) ? declaration.name : undefined;
        if (!pattern) {
          if (argument.text === '@wharf/domain/rules' || target(file, argument.text, '') !== undefined) console.warn(`${file}: rewrite import('${argument.text}') by hand`);
        } else {
          const moves = pattern.elements.map((element) => {
            const imported = (element.propertyName ?? element.name).getText(source);
            return { element, imported, to: target(file, argument.text, imported) };
          });
          const specifiers = new Set(moves.map((move) => move.to?.specifier ?? argument.text));
          if (moves.some((move) => move.to) && specifiers.size === 1) {
            edits.push({ start: argument.getStart(source), end: argument.getEnd(), text: `'${[...specifiers][0]}'` });
            for (const { element, imported, to } of moves) {
              if (to && to.name !== imported) edits.push({ start: element.getStart(source), end: element.getEnd(), text: `${to.name}: ${element.name.getText(source)}` });
            }
          } else if (moves.some((move) => move.to)) {
            console.warn(`${file}: import('${argument.text}') takes names from several entries now; split it by hand`);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function* sourceFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules' || entry.startsWith('.') || entry === 'dist' || entry === 'storybook-static') continue;
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) yield path;
  }
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const root = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.cwd();
  const changed: string[] = [];
  for (const top of ['packages', 'e2e', 'bench', 'examples']) {
    let exists = true;
    try {
      statSync(join(root, top));
    } catch {
      exists = false;
    }
    if (!exists) continue;
    for (const file of sourceFiles(join(root, top))) {
      const path = relative(root, file);
      if (path.startsWith('packages/domain/')) continue;
      const next = rewrite(path, readFileSync(file, 'utf8'));
      if (next === undefined) continue;
      changed.push(path);
      if (!check) writeFileSync(file, next);
    }
  }
  console.log(changed.length ? changed.join('\n') : 'nothing to rewrite');
  if (check && changed.length) process.exitCode = 1;
}
